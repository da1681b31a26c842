/**
 * The oracle for a generated request: from the bytes sent and the catalog alone (never from how the request was
 * generated) it works out which answers the API allows, following the server's documented pipeline (README,
 * "What each request goes through"): route, body parsing, key, content type, fields another endpoint owns, then
 * validation by the catalog's schemas; a request that passes all of that must succeed or fail with a documented
 * business error. Every error body must be one of docs/reevo-api.md §3's envelopes, with the error name its status implies.
 */
import {
  APPLICATION_ERRORS,
  API_KEY_HEADER,
  ApplicationErrorBody,
  DetailErrorBody,
  ValidationErrorBody,
  operations,
  pathParamNames,
  type OperationSpec,
} from '@integration-pack/core/reevo/api';
import { MAX_PATH_PARAMETER_LENGTH } from '../../src/http/framework-errors';
import { MAX_BODY_DEPTH } from '../../src/http/json-body';
import { MAX_ECHO_CHARACTERS } from '../../src/http/validation-issues';
import { querySchema } from '../../src/reevo/route-schema';
import { DEFAULT_LIMITS } from '../../src/runtime/limits';
import type { Query, WireRequest } from './request-generator';

/** The server's body limit (README, limits): a larger body is refused with 413 before anything else reads it. */
const BODY_LIMIT_BYTES = DEFAULT_LIMITS.bodyBytes;
const JSON_CONTENT_TYPE = /^application\/(?:[\w.+-]+\+)?json(?:\s*;.*)?$/i;
/** Business errors a well-formed request may still meet (docs/reevo-api.md §3): a rule broken, a record missing, a conflict. */
const BUSINESS_ERRORS = [400, 404, 409];

export type Outcome = 'valid' | 'invalid' | 'unauthenticated' | 'no-route' | 'bad-url' | 'too-large';

export interface Expectation {
  outcome: Outcome;
  operation: OperationSpec | null;
  allowed: number[];
}

interface Route {
  operation: OperationSpec;
  params: Record<string, string>;
}

const templates = operations.map((operation) => ({
  operation,
  pattern: new RegExp(`^${operation.path.replace(/\{[^}]+\}/g, '([^/]+)')}$`),
  names: pathParamNames(operation.path),
}));

/** The catalog route a method and raw path reach, static segments winning over parameters as in the router. */
export function routeOf(method: string, rawPath: string): Route | null {
  const candidates = templates
    .filter((template) => template.operation.method === method)
    .map((template) => ({ template, match: template.pattern.exec(rawPath) }))
    .filter((candidate) => candidate.match !== null)
    .sort((a, b) => a.template.names.length - b.template.names.length);
  const best = candidates[0];
  if (!best?.match) return null;
  const params = Object.fromEntries(best.template.names.map((name, index) => [name, decodeURIComponent(best.match?.[index + 1] ?? '')]));
  return { operation: best.template.operation, params };
}

function decodes(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/** A leading byte-order mark is skipped, as fastify's JSON parser (secure-json-parse) skips it. */
function parsedJson(payload: string): { ok: true; value: unknown } | { ok: false } {
  if (payload.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(payload.startsWith('\ufeff') ? payload.slice(1) : payload) };
  } catch {
    return { ok: false };
  }
}

/**
 * A JSON body the server refuses to read (README, "What each request goes through", step 2): nested deeper than
 * MAX_BODY_DEPTH, or holding a key that reaches a prototype (`__proto__`, `constructor.prototype`).
 */
function isUnreadable(body: unknown): boolean {
  const pending: { value: unknown; depth: number }[] = [{ value: body, depth: 1 }];
  for (let node = pending.pop(); node; node = pending.pop()) {
    const { value, depth } = node;
    if (value === null || typeof value !== 'object') continue;
    if (depth > MAX_BODY_DEPTH || Object.hasOwn(value, '__proto__')) return true;
    const constructor = (value as Record<string, unknown>)['constructor'];
    if (Object.hasOwn(value, 'constructor') && constructor !== null && typeof constructor === 'object' && Object.hasOwn(constructor, 'prototype')) return true;
    for (const child of Object.values(value)) pending.push({ value: child, depth: depth + 1 });
  }
  return false;
}

/** fastify never reads the body of a GET (or HEAD), as FastAPI ignores it on routes without one. */
const BODYLESS_METHODS = new Set(['GET', 'HEAD']);

export function expectationFor(request: WireRequest): Expectation {
  const [rawPath = ''] = request.url.split('?');
  const payload = BODYLESS_METHODS.has(request.method) ? undefined : request.payload;
  const contentType = request.headers['content-type'];
  const isJson = contentType !== undefined && JSON_CONTENT_TYPE.test(contentType);
  const tooLarge = payload !== undefined && Buffer.byteLength(payload) > BODY_LIMIT_BYTES;
  const parsed = payload !== undefined && isJson ? parsedJson(payload) : null;
  const badJson = parsed !== null && (!parsed.ok || isUnreadable(parsed.value));
  const result = (outcome: Outcome, allowed: number[], operation: OperationSpec | null = null): Expectation => ({ outcome, operation, allowed });

  if (!decodes(rawPath)) return result('bad-url', [400]);
  const route = routeOf(request.method, rawPath);
  if (!route) {
    // Unknown routes still read the body first, so a huge or malformed one is refused as such.
    return result('no-route', [404, 405, ...(tooLarge ? [413] : []), ...(badJson ? [422] : [])]);
  }
  const { operation } = route;
  if (tooLarge) return result('too-large', [413], operation);
  if (badJson) return result('invalid', [422], operation);
  const key = request.headers[API_KEY_HEADER];
  // A path parameter longer than the router takes is refused before the key is read.
  if (Object.values(route.params).some((value) => Buffer.byteLength(encodeURIComponent(value)) > MAX_PATH_PARAMETER_LENGTH)) return result('invalid', [414], operation);
  if (key === undefined) return result('unauthenticated', [422], operation);
  if (!key.startsWith('rv_demo_full_access_')) return result('unauthenticated', [401], operation);
  return result(isValidForCatalog(operation, route.params, request.query, payload, isJson) ? 'valid' : 'invalid', [], operation);
}

function isValidForCatalog(operation: OperationSpec, params: Record<string, string>, query: Query, payload: string | undefined, isJson: boolean): boolean {
  const body = payload === undefined ? undefined : isJson ? (parsedJson(payload) as { value: unknown }).value : 'not json';
  if (operation.body && body === 'not json') return false;
  if (operation.rejectedBodyFields && body !== null && typeof body === 'object' && Object.keys(operation.rejectedBodyFields).some((name) => name in body)) return false;
  if (operation.body && hasOverlongString(body)) return false;
  if (operation.params && !operation.params.safeParse(params).success) return false;
  if (!querySchema(operation).safeParse(query).success) return false;
  return !operation.body || operation.body.safeParse(body).success;
}

/** Whether any string (value or key) of the body has more characters than the server's limit on strings (README, limits). */
function hasOverlongString(value: unknown): boolean {
  const overlong = (text: string) => [...text].length > DEFAULT_LIMITS.stringLength;
  if (typeof value === 'string') return overlong(value);
  if (value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(([key, item]) => overlong(key) || hasOverlongString(item));
}

/** The statuses an answer may have, now that validity is known. */
export function allowedStatuses(expectation: Expectation): number[] {
  const { outcome, operation } = expectation;
  if (outcome === 'valid' && operation) return [operation.successStatus, ...BUSINESS_ERRORS];
  if (outcome === 'invalid') return expectation.allowed.length ? expectation.allowed : [400, 422];
  return expectation.allowed;
}

const NAME_BY_STATUS = new Map(Object.entries(APPLICATION_ERRORS).map(([name, status]) => [status as number, name]));

/** Null when the error body is the envelope docs/reevo-api.md §3 gives its status, else what is wrong with it. */
export function envelopeProblem(status: number, body: unknown, headers: Record<string, unknown>): string | null {
  if (status === 422) {
    const parsed = ValidationErrorBody.safeParse(body);
    return parsed.success && parsed.data.detail.length > 0 ? null : '422 without a FastAPI detail[] list';
  }
  if (status === 405) return DetailErrorBody.safeParse(body).success && headers['allow'] ? null : '405 without {detail} and Allow';
  if ([400, 404, 413, 414].includes(status)) {
    if (DetailErrorBody.safeParse(body).success) return null;
  }
  const name = NAME_BY_STATUS.get(status);
  if (!name) return `status ${status} is not one docs/reevo-api.md §3 documents`;
  const parsed = ApplicationErrorBody.safeParse(body);
  if (!parsed.success) return `${status} body is neither {detail} nor the GENERIC envelope`;
  return parsed.data.error === name && parsed.data.error_response_type === 'GENERIC' ? null : `${status} names ${parsed.data.error}, not ${name}`;
}

/** Null when every item of a 422 repeats at most MAX_ECHO_CHARACTERS of the caller's input (issue 12), else which does not. */
export function echoProblem(status: number, body: unknown): string | null {
  if (status !== 422) return null;
  const items = ValidationErrorBody.parse(body).detail;
  const tooLong = (value: unknown) => (typeof value === 'string' ? value.length > MAX_ECHO_CHARACTERS + 1 : (JSON.stringify(value ?? null)?.length ?? 0) > MAX_ECHO_CHARACTERS);
  const item = items.find((issue) => tooLong(issue.input) || issue.loc.some((part) => typeof part === 'string' && tooLong(part)));
  return item ? `a 422 item repeats more than ${MAX_ECHO_CHARACTERS} characters of the input (${item.type} at ${JSON.stringify(item.loc).slice(0, 80)})` : null;
}
