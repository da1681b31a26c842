/**
 * Reevo's typed errors read into the platform-neutral facts of `src/forms/error-facts.ts`, once for every platform
 * layer (the Zapier app and the n8n package map the facts to their own errors).
 */
import type { ErrorFacts, ErrorKind } from '../forms/error-facts';
import {
  ReevoAuthError,
  ReevoBadRequestError,
  ReevoConflictError,
  ReevoError,
  ReevoKeyExpiredError,
  ReevoNetworkError,
  ReevoNotFoundError,
  ReevoPermissionError,
  ReevoQuotaError,
  ReevoServerError,
  ReevoValidationError,
} from './errors';

export function reevoErrorFacts(error: unknown): ErrorFacts | undefined {
  if (!(error instanceof ReevoError)) return undefined;
  const facts: ErrorFacts = { kind: kindOf(error), name: error.name, message: error.message, body: error.body };
  if (error.status !== undefined) facts.status = error.status;
  if (error instanceof ReevoPermissionError) facts.missingPermissions = error.missingPermissions;
  if (error instanceof ReevoValidationError) Object.assign(facts, { issues: error.issues, local: error.local });
  if (error instanceof ReevoQuotaError && error.retryAfterSeconds !== undefined) facts.retryAfterSeconds = error.retryAfterSeconds;
  const field = error instanceof ReevoBadRequestError ? badRequestField(error) : undefined;
  if (field) facts.field = field;
  return facts;
}

function kindOf(error: ReevoError): ErrorKind {
  if (error instanceof ReevoKeyExpiredError) return 'expired-auth';
  if (error instanceof ReevoAuthError) return 'auth';
  if (error instanceof ReevoPermissionError) return 'permission';
  if (error instanceof ReevoValidationError) return 'validation';
  if (error instanceof ReevoBadRequestError) return 'bad-request';
  if (error instanceof ReevoNotFoundError) return error.kind === 'route' ? 'route-not-found' : 'not-found';
  if (error instanceof ReevoConflictError) return 'conflict';
  if (error instanceof ReevoQuotaError) return 'quota';
  if (error instanceof ReevoServerError) return 'server';
  if (error instanceof ReevoNetworkError) return 'network';
  return 'other';
}

/** Reevo names the field of a broken business rule in the envelope's `details.field` (docs/reevo-api.md §3). */
function badRequestField(error: ReevoError): string | undefined {
  const details = (error.body as { details?: { field?: unknown } } | undefined)?.details;
  return typeof details?.field === 'string' ? details.field : undefined;
}
