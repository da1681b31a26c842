/**
 * Turns one call (an operation and the caller's flat input) into a transport request: the input is split into
 * path, query and body by the operation's schemas, validated locally, and the definition's authentication (headers
 * and query parameters) is added. A bad input never leaves the machine: it fails here with the field named.
 */
import type * as z from 'zod';
import type { RequestAuth } from './definition';
import type { FieldIssue } from './field-issue';
import { pathParamNames, type ObjectSchema, type OperationSpec } from './operation';
import type { TransportRequest } from './transport';

export interface RequestSettings {
  baseUrl: string;
  /** What the definition's auth scheme adds to every request. */
  auth: RequestAuth;
  userAgent: string;
  timeoutMs?: number;
  /** The definition's error for an input refused before sending. */
  invalidInput: (issues: FieldIssue[], operationId: string) => Error;
}

export function buildRequest(operation: OperationSpec, input: Record<string, unknown>, settings: RequestSettings): TransportRequest {
  const parts = splitInput(operation, input);
  const issues: FieldIssue[] = [];
  const rejected = rejectedFieldIssues(operation, parts.body);
  if (rejected.length) throw settings.invalidInput(rejected, operation.operationId);

  const params = validatePart(operation.params, parts.params, 'path', issues);
  const query = validatePart(operation.query, parts.query, 'query', issues);
  const body = validatePart(operation.body, parts.body, 'body', issues);
  if (issues.length) throw settings.invalidInput(issues, operation.operationId);

  const path = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(String(params?.[name])));
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null) search.append(name, String(value));
  }
  for (const [name, value] of Object.entries(settings.auth.query ?? {})) search.set(name, value);

  const headers: Record<string, string> = {
    accept: 'application/json',
    ...lowerCased(settings.auth.headers),
    'user-agent': settings.userAgent,
  };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const queryString = search.toString();

  return {
    method: operation.method,
    url: `${settings.baseUrl}${path}${queryString ? `?${queryString}` : ''}`,
    headers,
    ...(body === undefined ? {} : { body }),
    safeToRetry: operation.safeToRetry,
    ...(settings.timeoutMs === undefined ? {} : { timeoutMs: settings.timeoutMs }),
  };
}

/** Transport requests carry lower-case header names. */
function lowerCased(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}

/**
 * Path params and query fields are picked by name; everything else is body (or, with no body, an unknown field).
 * An operation without a body whose query is a loose object (an OAuth callback, where the provider may add
 * parameters of its own) takes every other field as a query parameter.
 */
function splitInput(operation: OperationSpec, input: Record<string, unknown>) {
  const paramNames = new Set(pathParamNames(operation.path));
  const queryNames = new Set(Object.keys(operation.query?.shape ?? {}));
  const openQuery = !operation.body && isLoose(operation.query);
  const params: Record<string, unknown> = {};
  const query: Record<string, unknown> = {};
  const body: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (paramNames.has(key)) params[key] = value;
    else if (queryNames.has(key) || openQuery) query[key] = value;
    else body[key] = value;
  }
  return { params, query, body };
}

/** Whether an object schema keeps keys it does not declare (`z.looseObject`). */
export function isLoose(schema: ObjectSchema | undefined): boolean {
  return (schema?._zod.def.catchall as { _zod: { def: { type: string } } } | undefined)?._zod.def.type === 'unknown';
}

function rejectedFieldIssues(operation: OperationSpec, body: Record<string, unknown>): FieldIssue[] {
  return Object.entries(operation.rejectedBodyFields ?? {})
    .filter(([fieldName]) => fieldName in body)
    .map(([fieldName, message]) => ({ field: fieldName, location: 'body', message, type: 'rejected_field' }));
}

function validatePart(
  schema: ObjectSchema | undefined,
  value: Record<string, unknown>,
  location: string,
  issues: FieldIssue[],
): Record<string, unknown> | undefined {
  if (!schema) {
    for (const key of Object.keys(value)) {
      issues.push({ field: key, location: 'input', message: 'is not a field of this operation', type: 'unrecognized_keys' });
    }
    return undefined;
  }
  const result = schema.safeParse(value);
  if (result.success) return result.data as Record<string, unknown>;
  issues.push(...zodIssues(result.error, location));
  return undefined;
}

/** zod issues as field issues; an unknown key becomes one issue per key, named. */
export function zodIssues(error: z.ZodError, location: string): FieldIssue[] {
  return error.issues.flatMap((issue): FieldIssue[] => {
    const path = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        field: path ? `${path}.${key}` : key,
        location,
        message: 'is not a field of this operation (check the spelling)',
        type: issue.code,
      }));
    }
    const message = issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : issue.message;
    return [{ field: path, location, message, type: issue.code }];
  });
}
