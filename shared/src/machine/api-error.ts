/**
 * One error taxonomy for every API definition: each product's typed errors extend `ApiError` and say which
 * category they fall in, so the platform layers (Zapier, n8n, MCP) map errors to their own without knowing the
 * product. A product keeps its own classes and words; the category is the part they share (docs/decisions.md).
 */
import type { NetworkFailure } from './definition';
import type { FieldIssue } from './field-issue';

export const API_ERROR_CATEGORIES = [
  /** The credential is missing, unknown or refused. */
  'auth',
  /** The credential was good once and has lapsed or been revoked: the user must reconnect. */
  'expired',
  /** The credential is good but may not do this (a missing permission, a brand the user is not in). */
  'permission',
  /** Fields of the request were refused (locally, or by the API's 422). */
  'validation',
  'not_found',
  /** A rule of the API refused the request (400, and other 4xx no category covers). */
  'bad_request',
  'conflict',
  /** A request quota or rate limit is used up: retry later. */
  'quota',
  /** A third party behind the API (Reeve's providers) failed or could not be reached. */
  'provider',
  /** The API itself failed (5xx), or a proxy answered for it. */
  'server',
  /** No answer: refused connection, DNS failure, timeout, cancellation. */
  'network',
  /** A success answer that does not match the catalog: the API changed, or the catalog is wrong. */
  'response',
] as const;
export type ApiErrorCategory = (typeof API_ERROR_CATEGORIES)[number];

export interface ApiErrorContext {
  status?: number;
  operationId?: string;
  /** The response body as received (parsed JSON or text). Never holds a credential. */
  body?: unknown;
  /** The server's request id, when it sent one, for support. */
  requestId?: string;
  cause?: unknown;
}

export abstract class ApiError extends Error {
  readonly status: number | undefined;
  readonly operationId: string | undefined;
  readonly body: unknown;
  readonly requestId: string | undefined;

  /** Which kind of failure this is, the same words for every product. A getter, so it is no own property. */
  abstract get category(): ApiErrorCategory;

  constructor(message: string, context: ApiErrorContext = {}) {
    super(message, context.cause === undefined ? undefined : { cause: context.cause });
    this.name = new.target.name;
    this.status = context.status;
    this.operationId = context.operationId;
    this.body = context.body;
    this.requestId = context.requestId;
  }
}

/** The category an HTTP status falls in when nothing more specific is known (no status: no answer came). */
export function categoryForStatus(status: number | undefined): ApiErrorCategory {
  if (status === undefined) return 'network';
  if (status === 401) return 'auth';
  if (status === 403) return 'permission';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 422) return 'validation';
  if (status === 429) return 'quota';
  if (status >= 500) return 'server';
  return 'bad_request';
}

/** The category of any error a client throws, or undefined for errors that are no API's (a bug, a platform's own). */
export function errorCategoryOf(error: unknown): ApiErrorCategory | undefined {
  return error instanceof ApiError ? error.category : undefined;
}

/** The sentence of a validation error, locally refused or refused by the API, naming each field. */
export function validationMessage(apiName: string, issues: readonly FieldIssue[], local: boolean): string {
  // Messages often end with a full stop of their own; drop it so the sentence reads once.
  const list = issues.map((issue) => `${issue.field || issue.location}: ${issue.message.replace(/\.$/, '')}`).join('; ');
  const who = local ? 'This request is not valid, so it was not sent' : `${apiName} rejected the request`;
  return `${who}: ${list}. Fix ${issues.length === 1 ? 'this field' : 'these fields'} and try again.`;
}

/** The sentence of a success answer that does not match the catalog. */
export function unexpectedResponseMessage(apiName: string, packageName: string, issues: readonly FieldIssue[], operationId: string | undefined): string {
  return `${apiName}'s answer to ${operationId ?? 'the request'} did not have the expected shape (${issues
    .map((issue) => `${issue.field || 'body'}: ${issue.message}`)
    .join('; ')}). Update ${packageName}, or report this to the integration's maintainers.`;
}

/** The sentence of a request that got no answer. */
export function networkFailureMessage(apiName: string, failure: Pick<NetworkFailure, 'kind' | 'detail' | 'timeoutMs' | 'baseUrl'>): string {
  if (failure.kind === 'timeout') return `${apiName} did not answer within ${failure.timeoutMs ?? 'the'} ms. Try again; if it keeps happening, raise the timeout.`;
  if (failure.kind === 'cancelled') return 'The request was cancelled.';
  return `Could not reach ${apiName} at ${failure.baseUrl}: ${failure.detail}. Check the base URL and your network, then try again.`;
}
