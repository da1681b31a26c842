/**
 * Reeve's typed errors read into the platform-neutral facts of `src/forms/error-facts.ts`, once for every platform
 * layer (the Zapier app and the n8n package map the facts to their own errors), as Reevo's are in
 * src/reevo/error-facts.ts.
 */
import type { ErrorFacts, ErrorKind } from '../forms/error-facts';
import {
  ReeveAuthError,
  ReeveBadRequestError,
  ReeveError,
  ReeveForbiddenError,
  ReeveNetworkError,
  ReeveNotFoundError,
  ReeveRateLimitError,
  ReeveServerError,
  ReeveSessionExpiredError,
  ReeveValidationError,
} from './errors';

export function reeveErrorFacts(error: unknown): ErrorFacts | undefined {
  if (!(error instanceof ReeveError)) return undefined;
  const facts: ErrorFacts = { kind: kindOf(error), name: error.name, message: error.message, body: error.body };
  if (error.status !== undefined) facts.status = error.status;
  if (error instanceof ReeveValidationError) Object.assign(facts, { issues: error.issues, local: error.local });
  if (error instanceof ReeveRateLimitError && error.retryAfterSeconds !== undefined) facts.retryAfterSeconds = error.retryAfterSeconds;
  return facts;
}

function kindOf(error: ReeveError): ErrorKind {
  if (error instanceof ReeveSessionExpiredError) return 'expired-auth';
  if (error instanceof ReeveAuthError) return 'auth';
  // A brand the session's user is not in: the connection's Brand field is what to fix.
  if (error instanceof ReeveForbiddenError) return 'permission';
  if (error instanceof ReeveValidationError) return 'validation';
  if (error instanceof ReeveBadRequestError) return 'bad-request';
  if (error instanceof ReeveNotFoundError) return 'not-found';
  if (error instanceof ReeveRateLimitError) return 'quota';
  if (error instanceof ReeveServerError) return 'server';
  if (error instanceof ReeveNetworkError) return 'network';
  // A provider's failure (502) keeps Reeve's words, which name the provider.
  return 'other';
}
