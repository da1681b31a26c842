/**
 * `@integration-pack/core/reevo`: everything of the Reevo client except the axios transport. Platforms that bring
 * their own HTTP (Zapier's `z.request`, n8n's `httpRequestWithAuthentication`) import this so axios never lands in
 * their bundles; `@reevo/client` adds the axios default. The Reevo definition (catalog, errors, client) over the
 * generic machine's pieces a caller needs.
 */
export * from './api';
export * from './webhooks/index';
export * from './errors';
export { reevoErrorFacts } from './error-facts';
export { stagesInFunnelOrder, type StageInUse } from './stage-order';
export * from '../machine/transport';
export * from '../machine/transport-error';
export * from '../machine/retry';
export * from '../machine/paginate';
export { retryAfterSeconds } from '../machine/retry-after';
export { parseApiError } from './parse-error';
export { issueFromFastApi } from '../machine/fastapi';
export { buildRequest, zodIssues } from '../machine/build-request';
export {
  CLIENT_VERSION,
  createReevoClient,
  type CallOptions,
  type CatalogMethods,
  type OperationMethod,
  type PagedMethod,
  type ReevoClient,
  type ReevoClientOptions,
} from './client';
