/**
 * FastAPI's error bodies, which every API this server serves answers with for framework errors and request
 * validation (docs/reevo-api.md §3): `{detail}` and `detail[]`. Every part of the server throws one of these and an
 * error handler (`error-handler.ts`, or an API's own, which falls back to it) writes it.
 */
import type { FastApiValidationIssue, KnownOutput } from '@integration-pack/core/machine';

/** One item of FastAPI's `detail[]`: `{type, loc, msg, input}`. */
export type ValidationIssue = KnownOutput<typeof FastApiValidationIssue>;

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
