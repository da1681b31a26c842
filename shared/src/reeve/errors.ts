/**
 * Reeve's typed errors (docs/reeve-api.md §1 "Errors"). Every message says what went wrong and how to put it right;
 * the fields carry the same facts for code. Each class has its category in the taxonomy every API shares
 * (src/machine/api-error.ts), so platform layers map them without knowing Reeve.
 */
import { ApiError, categoryForStatus, unexpectedResponseMessage, validationMessage, type ApiErrorCategory, type ApiErrorContext } from '../machine/api-error';
import type { FieldIssue } from '../machine/field-issue';
import type { ProviderSlug } from './providers';

export type ReeveErrorContext = ApiErrorContext;

/** Where a user gets a new session token; every authentication message ends with it. */
export const SESSION_TOKEN_HELP = 'Sign in to Reeve again (app.meetreeve.com) to get a new session token, then reconnect with it.';

/** Every error of the Reeve client. */
export class ReeveError extends ApiError {
  /** From the status, for statuses no subclass covers. */
  override get category(): ApiErrorCategory {
    return categoryForStatus(this.status);
  }
}

/** No session token was given, or it was refused. */
export class ReeveAuthError extends ReeveError {
  override get category(): ApiErrorCategory {
    return 'auth';
  }
}

/**
 * Reeve answered "Not authenticated" (401, or 403 from older FastAPI versions): the session token lapsed after 30
 * days unused, was revoked, or is not a token. A token that worked before needs replacing, hence `expired`.
 */
export class ReeveSessionExpiredError extends ReeveAuthError {
  override get category(): ApiErrorCategory {
    return 'expired';
  }
}

/** The session is good, but the brand it named is not one of the user's (403). */
export class ReeveForbiddenError extends ReeveError {
  override get category(): ApiErrorCategory {
    return 'permission';
  }
}

/** The request was refused for its fields: by Reeve (422) or, when `local`, before it was sent. */
export class ReeveValidationError extends ReeveError {
  readonly issues: FieldIssue[];
  readonly local: boolean;
  constructor(issues: FieldIssue[], context: ReeveErrorContext & { local?: boolean } = {}) {
    super(validationMessage('Reeve', issues, context.local ?? false), context);
    this.issues = issues;
    this.local = context.local ?? false;
  }
  override get category(): ApiErrorCategory {
    return 'validation';
  }
}

/** An unknown provider, a provider with no connection, an unknown subscription, or an unknown path (404). */
export class ReeveNotFoundError extends ReeveError {
  override get category(): ApiErrorCategory {
    return 'not_found';
  }
}

/** Reeve refused the request by one of its rules (400): an expired OAuth state, a key the provider refused, … */
export class ReeveBadRequestError extends ReeveError {
  override get category(): ApiErrorCategory {
    return 'bad_request';
  }
}

/** Too many requests (429); Reeve documents no limit, but a proxy in front of it may answer one. */
export class ReeveRateLimitError extends ReeveError {
  readonly retryAfterSeconds: number | undefined;
  constructor(message: string, context: ReeveErrorContext & { retryAfterSeconds?: number } = {}) {
    super(message, context);
    this.retryAfterSeconds = context.retryAfterSeconds;
  }
  override get category(): ApiErrorCategory {
    return 'quota';
  }
}

/** The provider behind Reeve could not be reached or failed (502). `provider` is the slug, when Reeve named it. */
export class ReeveProviderError extends ReeveError {
  readonly provider: ProviderSlug | undefined;
  constructor(message: string, context: ReeveErrorContext & { provider?: ProviderSlug } = {}) {
    super(message, context);
    this.provider = context.provider;
  }
  override get category(): ApiErrorCategory {
    return 'provider';
  }
}

/** Reeve failed (5xx), or a proxy in front of it answered with something that is not the API's. */
export class ReeveServerError extends ReeveError {
  override get category(): ApiErrorCategory {
    return 'server';
  }
}

/** An answer no other class covers (e.g. 405); its category follows the status. */
export class ReeveApiError extends ReeveError {}

/** The request never got an answer: refused connection, DNS failure, reset, cancellation. */
export class ReeveNetworkError extends ReeveError {
  readonly code: string | undefined;
  constructor(message: string, context: ReeveErrorContext & { code?: string } = {}) {
    super(message, context);
    this.code = context.code;
  }
  override get category(): ApiErrorCategory {
    return 'network';
  }
}

/** The answer took longer than the timeout. */
export class ReeveTimeoutError extends ReeveNetworkError {}

/** Reeve answered 2xx with a body that does not match the catalog: the API changed, or the catalog is wrong. */
export class ReeveResponseValidationError extends ReeveError {
  readonly issues: FieldIssue[];
  constructor(issues: FieldIssue[], context: ReeveErrorContext = {}) {
    super(unexpectedResponseMessage('Reeve', '@reeve/client', issues, context.operationId), context);
    this.issues = issues;
  }
  override get category(): ApiErrorCategory {
    return 'response';
  }
}
