/**
 * The error bodies of the API (API.md §3): FastAPI's `{detail}` for framework errors and request validation,
 * and the GENERIC envelope for application errors. Every part of the server throws one of these and the single
 * error handler (`error-handler.ts`) writes it.
 */
import { STATUS_CODES } from 'node:http';
import { APPLICATION_ERRORS, type ApplicationErrorBody, type ApplicationErrorName, type ValidationIssue } from '@reevo/client/catalog';
import { DomainError } from '../domain/contract';

/** 422 with FastAPI's `detail[]`. */
export class RequestValidationError extends Error {
  readonly statusCode = 422;
  constructor(readonly detail: ValidationIssue[]) {
    super(detail.map((issue) => `${issue.loc.join('.')}: ${issue.msg}`).join('; '));
    this.name = 'RequestValidationError';
  }
}

/**
 * A body the server could not read (malformed JSON, nested past the limit, a forbidden key): a 422 item on the
 * public API, and `reason`, one sentence, where an API answers `{"detail": "..."}` (the admin API).
 */
export class UnreadableBodyError extends RequestValidationError {
  constructor(
    issue: ValidationIssue,
    readonly reason: string,
  ) {
    super([issue]);
    this.name = 'UnreadableBodyError';
  }
}

/** A framework error with a plain `{"detail": "..."}` body (404 Not Found, 405 Method Not Allowed, admin errors). */
export class DetailError extends Error {
  constructor(
    readonly statusCode: number,
    detail: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
    this.name = 'DetailError';
  }
}

export function applicationErrorBody(error: DomainError): ApplicationErrorBody {
  return { error_response_type: 'GENERIC', error: error.errorName, message: error.message, details: error.details };
}

export function applicationErrorStatus(name: ApplicationErrorName): number {
  return APPLICATION_ERRORS[name];
}

const ERROR_NAME_BY_STATUS = new Map<number, ApplicationErrorName>(
  (Object.entries(APPLICATION_ERRORS) as [ApplicationErrorName, number][]).map(([name, status]) => [status, name]),
);

/**
 * The body an injected fault answers with: the envelope the real API uses for that status, so clients parse a
 * fault exactly as they would parse the real error.
 */
export function faultBody(status: number): unknown {
  const message = `Injected fault: HTTP ${status} (set through /__admin/faults).`;
  if (status === 422) return { detail: [{ type: 'value_error', loc: ['body'], msg: message, input: null }] };
  const name = ERROR_NAME_BY_STATUS.get(status);
  if (name) return applicationErrorBody(new DomainError(name, message));
  return { detail: STATUS_CODES[status] ?? message };
}
