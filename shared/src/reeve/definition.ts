/**
 * The Reeve Connectors API as one API definition (src/machine/definition.ts): its catalog, how a request is
 * authenticated (a bearer session token and an optional brand header, docs/reeve-api.md §1), FastAPI's `detail`
 * errors, no paging, its events, and no permission model (a session may do all its user may).
 */
import { networkFailureMessage } from '../machine/api-error';
import type { ApiDefinition, ErrorModel } from '../machine/definition';
import { BRAND_HEADER, REEVE_BASE_URL, REEVE_EVENTS, reeveCatalog, type ReeveCatalog } from './catalog/index';
import { ReeveAuthError, ReeveError, ReeveNetworkError, ReeveResponseValidationError, ReeveTimeoutError, ReeveValidationError, SESSION_TOKEN_HELP } from './errors';
import { parseReeveError } from './parse-error';
import type { ReeveEventType } from './providers';
import { REEVE_CLIENT_VERSION } from './version';

export interface ReeveCredentials {
  /** The user's session token (an opaque UUID). */
  sessionToken: string;
  /** The brand to act in; the user's default brand when absent. */
  brandId?: string;
}

const reeveErrors: ErrorModel = {
  fromResponse: parseReeveError,
  invalidInput: (issues, operationId) => new ReeveValidationError(issues, { local: true, operationId }),
  unexpectedResponse: (issues, context) => new ReeveResponseValidationError(issues, context),
  network(failure) {
    const context = { operationId: failure.operationId, ...(failure.code === undefined ? {} : { code: failure.code }) };
    const message = networkFailureMessage('Reeve', failure);
    return failure.kind === 'timeout' ? new ReeveTimeoutError(message, context) : new ReeveNetworkError(message, context);
  },
  isOwn: (error) => error instanceof ReeveError,
};

export const reeveApi = {
  name: 'Reeve',
  clientName: 'reeve-client-js',
  version: REEVE_CLIENT_VERSION,
  baseUrl: REEVE_BASE_URL,
  catalog: reeveCatalog,
  auth: {
    check(credentials) {
      const sessionToken = credentials.sessionToken?.trim();
      if (!sessionToken) throw new ReeveAuthError(`A Reeve session token is required. ${SESSION_TOKEN_HELP}`);
      const brandId = credentials.brandId?.trim();
      return brandId ? { sessionToken, brandId } : { sessionToken };
    },
    apply: ({ sessionToken, brandId }) => ({
      headers: { Authorization: `Bearer ${sessionToken}`, ...(brandId ? { [BRAND_HEADER]: brandId } : {}) },
    }),
  },
  errors: reeveErrors,
  paging: { style: 'none' },
  events: REEVE_EVENTS,
} as const satisfies ApiDefinition<ReeveCatalog, ReeveCredentials, never, ReeveEventType>;

export type ReeveApi = typeof reeveApi;
