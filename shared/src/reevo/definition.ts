/**
 * The Reevo public API v1 as one API definition (src/machine/definition.ts): its catalog, how a request is
 * authenticated (`x-api-key` and `payload_type=json`, API.md §1–§2), its two error envelopes, limit/offset paging,
 * its events and its permission model with the webhook rule.
 */
import type { ApiDefinition, ErrorModel } from '../machine/definition';
import { API_BASE_URL, API_KEY_HEADER, PAYLOAD_TYPE_PARAM, catalog, type Catalog } from './catalog/index';
import { reevoPermissions } from './catalog/access-rules';
import { EVENTS, type EventType } from './catalog/events';
import type { Permission } from './catalog/permissions';
import { ReevoError, ReevoNetworkError, ReevoResponseValidationError, ReevoTimeoutError, ReevoValidationError } from './errors';
import { parseApiError } from './parse-error';
import { CLIENT_VERSION } from './version';

export interface ReevoCredentials {
  apiKey: string;
}

const NETWORK_FIX = 'Check the base URL and your network, then try again.';

const reevoErrors: ErrorModel = {
  fromResponse: parseApiError,
  invalidInput: (issues, operationId) => new ReevoValidationError(issues, { local: true, operationId }),
  unexpectedResponse: (issues, context) => new ReevoResponseValidationError(issues, context),
  network({ kind, detail, code, timeoutMs, baseUrl, operationId }) {
    const context = { operationId, ...(code === undefined ? {} : { code }) };
    if (kind === 'timeout') {
      return new ReevoTimeoutError(`Reevo did not answer within ${timeoutMs ?? 'the'} ms. Try again; if it keeps happening, raise the timeout.`, context);
    }
    if (kind === 'cancelled') return new ReevoNetworkError('The request was cancelled.', context);
    return new ReevoNetworkError(`Could not reach Reevo at ${baseUrl}: ${detail}. ${NETWORK_FIX}`, context);
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
      if (!apiKey) throw new ReevoError('An API key is required. Create one in Reevo under Settings → API Keys (workspace admins only).');
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
