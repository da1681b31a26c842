/**
 * Typed errors. Every message says what went wrong and what to do about it, in words a no-code user can act
 * on; the fields carry the same facts for code (status, missing permissions, per-field issues, retry delay).
 */
import { ApiError, categoryForStatus, unexpectedResponseMessage, validationMessage, type ApiErrorCategory, type ApiErrorContext } from '../machine/api-error';
import type { FieldIssue } from '../machine/field-issue';
import { listInWords } from '../machine/words';
import { permissionLabel, type Permission } from './catalog/permissions';

export type { FieldIssue } from '../machine/field-issue';

export type ReevoErrorContext = ApiErrorContext;

/** Every error of the Reevo client; `category` is the taxonomy shared with every API (src/machine/api-error.ts). */
export class ReevoError extends ApiError {
  /** From the status, for statuses no subclass covers. */
  override get category(): ApiErrorCategory {
    return categoryForStatus(this.status);
  }
}

/** The key is unknown to Reevo (401). */
export class ReevoAuthError extends ReevoError {
  override get category(): ApiErrorCategory {
    return 'auth';
  }
}

/** The key was expired by an admin (401 "API key has expired"). */
export class ReevoKeyExpiredError extends ReevoAuthError {
  override get category(): ApiErrorCategory {
    return 'expired';
  }
}

/** The key lacks permissions (403). `missingPermissions` is in machine form (`contacts:write`). */
export class ReevoPermissionError extends ReevoError {
  override get category(): ApiErrorCategory {
    return 'permission';
  }
  readonly missingPermissions: Permission[];
  constructor(missingPermissions: Permission[], context: ReevoErrorContext & { serverMessage?: string } = {}) {
    super(permissionMessage(missingPermissions, context.serverMessage), context);
    this.missingPermissions = missingPermissions;
  }
}

/** The request was refused for its fields: by the server (422) or, when `local`, before it was sent. */
export class ReevoValidationError extends ReevoError {
  override get category(): ApiErrorCategory {
    return 'validation';
  }
  readonly issues: FieldIssue[];
  readonly local: boolean;
  constructor(issues: FieldIssue[], context: ReevoErrorContext & { local?: boolean } = {}) {
    super(validationMessage('Reevo', issues, context.local ?? false), context);
    this.issues = issues;
    this.local = context.local ?? false;
  }
}

/** A record (or, with `kind: 'route'`, the endpoint itself) does not exist (404). */
export class ReevoNotFoundError extends ReevoError {
  override get category(): ApiErrorCategory {
    return 'not_found';
  }
  readonly kind: 'record' | 'route';
  constructor(message: string, kind: 'record' | 'route', context: ReevoErrorContext = {}) {
    super(message, context);
    this.kind = kind;
  }
}

/** A business rule was broken (400): the message names it and the fix. */
export class ReevoBadRequestError extends ReevoError {
  override get category(): ApiErrorCategory {
    return 'bad_request';
  }
}

/** The request conflicts with the current state (409), e.g. a contact already in a sequence. */
export class ReevoConflictError extends ReevoError {
  override get category(): ApiErrorCategory {
    return 'conflict';
  }
}

/** What a 429 says about the quota: the `Retry-After` header and the body's details, each when present. */
export interface QuotaInfo {
  retryAfterSeconds?: number;
  limit?: number;
  windowSeconds?: number;
  resetAt?: string;
}

/** The organisation's request quota is used up (429). */
export class ReevoQuotaError extends ReevoError {
  override get category(): ApiErrorCategory {
    return 'quota';
  }
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
export class ReevoServerError extends ReevoError {
  override get category(): ApiErrorCategory {
    return 'server';
  }
}

/** An answer no other class covers (e.g. 405). */
export class ReevoApiError extends ReevoError {}

/** The request never got an answer: refused connection, DNS failure, reset. */
export class ReevoNetworkError extends ReevoError {
  override get category(): ApiErrorCategory {
    return 'network';
  }
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
  override get category(): ApiErrorCategory {
    return 'response';
  }
  readonly issues: FieldIssue[];
  constructor(issues: FieldIssue[], context: ReevoErrorContext = {}) {
    super(unexpectedResponseMessage('Reevo', '@reevo/client', issues, context.operationId), context);
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
