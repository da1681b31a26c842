/**
 * Reeve's typed errors read into the platform-neutral facts of `src/forms/error-facts.ts`, once for every platform
 * layer (the Zapier app and the n8n package map the facts to their own errors), as Reevo's are in
 * src/reevo/error-facts.ts. Reeve has no permission model: its one "permission" refusal is a brand the user is not in.
 */
import type { ErrorFacts, ErrorKind } from '../forms/error-facts';
import type { ApiErrorCategory } from '../machine/api-error';
import { detailText } from '../machine/response-text';
import { ReeveError, ReeveRateLimitError, ReeveValidationError } from './errors';

/** What FastAPI answers for a path it has no route for (docs/reeve-api.md §1 "Errors"): the base URL is wrong. */
const ROUTE_NOT_FOUND = 'Not Found';

const KINDS: Record<ApiErrorCategory, ErrorKind> = {
  auth: 'auth',
  expired: 'expired-auth',
  permission: 'permission',
  validation: 'validation',
  not_found: 'not-found',
  bad_request: 'bad-request',
  conflict: 'conflict',
  quota: 'quota',
  provider: 'provider',
  server: 'server',
  network: 'network',
  response: 'other',
};

export function reeveErrorFacts(error: unknown): ErrorFacts | undefined {
  if (!(error instanceof ReeveError)) return undefined;
  const routeMissing = error.category === 'not_found' && detailText(error.body) === ROUTE_NOT_FOUND;
  const facts: ErrorFacts = { kind: routeMissing ? 'route-not-found' : KINDS[error.category], name: error.name, message: error.message, body: error.body };
  if (error.status !== undefined) facts.status = error.status;
  if (error instanceof ReeveValidationError) Object.assign(facts, { issues: error.issues, local: error.local });
  if (error instanceof ReeveRateLimitError && error.retryAfterSeconds !== undefined) facts.retryAfterSeconds = error.retryAfterSeconds;
  return facts;
}
