/**
 * The Reevo public API v1 as one API definition (src/machine/definition.ts): its catalog, how a request is
 * authenticated (`x-api-key` and `payload_type=json`, docs/reevo-api.md §1–§2), its two error envelopes, limit/offset paging,
 * its events and its permission model with the webhook rule.
 */
import { networkFailureMessage } from '../machine/api-error';
import type { ApiDefinition, ErrorModel } from '../machine/definition';
import { API_BASE_URL, API_KEY_HEADER, PAYLOAD_TYPE_PARAM, catalog, type Catalog } from './catalog/index';
import { reevoPermissions } from './catalog/access-rules';
import { EVENTS, type EventType } from './catalog/events';
import type { Permission } from './catalog/permissions';
import { ReevoAuthError, ReevoError, ReevoNetworkError, ReevoResponseValidationError, ReevoTimeoutError, ReevoValidationError } from './errors';
import { parseApiError } from './parse-error';
import { CLIENT_VERSION } from './version';

export interface ReevoCredentials {
  apiKey: string;
}

const reevoErrors: ErrorModel = {
  fromResponse: parseApiError,
  invalidInput: (issues, operationId) => new ReevoValidationError(issues, { local: true, operationId }),
  unexpectedResponse: (issues, context) => new ReevoResponseValidationError(issues, context),
  network(failure) {
    const context = { operationId: failure.operationId, ...(failure.code === undefined ? {} : { code: failure.code }) };
    const message = networkFailureMessage('Reevo', failure);
    return failure.kind === 'timeout' ? new ReevoTimeoutError(message, context) : new ReevoNetworkError(message, context);
  },
  isOwn: (error) => error instanceof ReevoError,
};

export const reevoApi = {
  name: 'Reevo',
  clientName: 'reevo-client-js',
  version: CLIENT_VERSION,
  baseUrl: API_BASE_URL,
  catalog,
  auth: {
    check(credentials) {
      const apiKey = credentials.apiKey?.trim();
      if (!apiKey) throw new ReevoAuthError('An API key is required. Create one in Reevo under Settings → API Keys (workspace admins only).');
      return { apiKey };
    },
    apply: ({ apiKey }) => ({ headers: { [API_KEY_HEADER]: apiKey }, query: { [PAYLOAD_TYPE_PARAM.name]: PAYLOAD_TYPE_PARAM.value } }),
  },
  errors: reevoErrors,
  paging: { style: 'limit-offset', limitParam: 'limit', offsetParam: 'offset' },
  events: EVENTS,
  permissions: reevoPermissions,
  warningHeader: 'x-reevo-quota-warning',
} as const satisfies ApiDefinition<Catalog, ReevoCredentials, Permission, EventType>;

export type ReevoApi = typeof reevoApi;
