/**
 * Typed errors. Every message says what went wrong and what to do about it, in words a no-code user can act
 * on; the fields carry the same facts for code (status, missing permissions, per-field issues, retry delay).
 */
import type { FieldIssue } from '../machine/field-issue';
import { listInWords } from '../machine/words';
import { permissionLabel, type Permission } from './catalog/permissions';

export type { FieldIssue } from '../machine/field-issue';

export interface ReevoErrorContext {
  status?: number;
  operationId?: string;
  /** The response body as received (parsed JSON or text). Never holds the API key. */
  body?: unknown;
  /** The server's request id, when it sent one, for support. */
  requestId?: string;
  cause?: unknown;
}

export class ReevoError extends Error {
  readonly status: number | undefined;
  readonly operationId: string | undefined;
  readonly body: unknown;
  readonly requestId: string | undefined;

  constructor(message: string, context: ReevoErrorContext = {}) {
    super(message, context.cause === undefined ? undefined : { cause: context.cause });
    this.name = new.target.name;
    this.status = context.status;
    this.operationId = context.operationId;
    this.body = context.body;
    this.requestId = context.requestId;
  }
}

/** The key is unknown to Reevo (401). */
export class ReevoAuthError extends ReevoError {}

/** The key was expired by an admin (401 "API key has expired"). */
export class ReevoKeyExpiredError extends ReevoAuthError {}

/** The key lacks permissions (403). `missingPermissions` is in machine form (`contacts:write`). */
export class ReevoPermissionError extends ReevoError {
  readonly missingPermissions: Permission[];
  constructor(missingPermissions: Permission[], context: ReevoErrorContext & { serverMessage?: string } = {}) {
    super(permissionMessage(missingPermissions, context.serverMessage), context);
    this.missingPermissions = missingPermissions;
  }
}

/** The request was refused for its fields: by the server (422) or, when `local`, before it was sent. */
export class ReevoValidationError extends ReevoError {
  readonly issues: FieldIssue[];
  readonly local: boolean;
  constructor(issues: FieldIssue[], context: ReevoErrorContext & { local?: boolean } = {}) {
    super(validationMessage(issues, context.local ?? false), context);
    this.issues = issues;
    this.local = context.local ?? false;
  }
}

/** A record (or, with `kind: 'route'`, the endpoint itself) does not exist (404). */
export class ReevoNotFoundError extends ReevoError {
  readonly kind: 'record' | 'route';
  constructor(message: string, kind: 'record' | 'route', context: ReevoErrorContext = {}) {
    super(message, context);
    this.kind = kind;
  }
}

/** A business rule was broken (400): the message names it and the fix. */
export class ReevoBadRequestError extends ReevoError {}

/** The request conflicts with the current state (409), e.g. a contact already in a sequence. */
export class ReevoConflictError extends ReevoError {}

/** What a 429 says about the quota: the `Retry-After` header and the body's details, each when present. */
export interface QuotaInfo {
  retryAfterSeconds?: number;
  limit?: number;
  windowSeconds?: number;
  resetAt?: string;
}

/** The organisation's request quota is used up (429). */
export class ReevoQuotaError extends ReevoError {
  readonly retryAfterSeconds: number | undefined;
  readonly limit: number | undefined;
  readonly windowSeconds: number | undefined;
  readonly resetAt: string | undefined;
  constructor(info: QuotaInfo, context: ReevoErrorContext = {}) {
    const wait = info.retryAfterSeconds === undefined ? 'later' : `in ${info.retryAfterSeconds} seconds`;
    super(
      `Your organisation has used its Reevo API request quota. Try again ${wait}, or ask your Reevo account manager to raise the limit.`,
      context,
    );
    this.retryAfterSeconds = info.retryAfterSeconds;
    this.limit = info.limit;
    this.windowSeconds = info.windowSeconds;
    this.resetAt = info.resetAt;
  }
}

/** Reevo failed (5xx), or a proxy in front of it answered with something that is not the API's. */
export class ReevoServerError extends ReevoError {}

/** An answer no other class covers (e.g. 405). */
export class ReevoApiError extends ReevoError {}

/** The request never got an answer: refused connection, DNS failure, reset. */
export class ReevoNetworkError extends ReevoError {
  readonly code: string | undefined;
  constructor(message: string, context: ReevoErrorContext & { code?: string } = {}) {
    super(message, context);
    this.code = context.code;
  }
}

/** The answer took longer than the timeout. */
export class ReevoTimeoutError extends ReevoNetworkError {}

/** Reevo answered 2xx with a body that does not match the catalog: the API changed, or the catalog is wrong. */
export class ReevoResponseValidationError extends ReevoError {
  readonly issues: FieldIssue[];
  constructor(issues: FieldIssue[], context: ReevoErrorContext = {}) {
    super(
      `Reevo's answer to ${context.operationId ?? 'the request'} did not have the expected shape (${issues
        .map((issue) => `${issue.field || 'body'}: ${issue.message}`)
        .join('; ')}). Update @reevo/client, or report this to the integration's maintainers.`,
      context,
    );
    this.issues = issues;
  }
}

function permissionMessage(missing: Permission[], serverMessage?: string): string {
  if (missing.length === 0) {
    return `${serverMessage ?? 'Your Reevo API key lacks a permission this action needs.'} Ask a workspace admin to add it in Settings → API Keys.`;
  }
  const labels = listInWords(missing.map(permissionLabel));
  const noun = missing.length === 1 ? 'permission' : 'permissions';
  const pronoun = missing.length === 1 ? 'it' : 'them';
  return `Your Reevo API key lacks the ${labels} ${noun}. Ask a workspace admin to add ${pronoun} in Settings → API Keys.`;
}

function validationMessage(issues: FieldIssue[], local: boolean): string {
  // Messages often end with a full stop of their own; drop it so the sentence reads once.
  const list = issues.map((issue) => `${issue.field || issue.location}: ${issue.message.replace(/\.$/, '')}`).join('; ');
  const who = local ? 'This request is not valid, so it was not sent' : 'Reevo rejected the request';
  return `${who}: ${list}. Fix ${issues.length === 1 ? 'this field' : 'these fields'} and try again.`;
}
