/**
 * Everything of the client except the axios transport: platforms that bring their own HTTP (Zapier's
 * `z.request`, n8n's `httpRequestWithAuthentication`) import this so axios never lands in their bundles.
 * The Reevo definition (catalog, errors, client) over the generic machine's pieces a caller needs.
 */
export * from './reevo/index';
export * from './reevo/webhooks/index';
export * from './reevo/errors';
export { reevoErrorFacts } from './reevo/error-facts';
export { stagesInFunnelOrder, type StageInUse } from './reevo/stage-order';
export * from './machine/transport';
export * from './machine/transport-error';
export * from './machine/retry';
export * from './machine/paginate';
export { retryAfterSeconds } from './machine/retry-after';
export { parseApiError } from './reevo/parse-error';
export { issueFromFastApi } from './machine/fastapi';
export { buildRequest, zodIssues } from './machine/build-request';
export {
  CLIENT_VERSION,
  createReevoClient,
  type CallOptions,
  type CatalogMethods,
  type OperationMethod,
  type PagedMethod,
  type ReevoClient,
  type ReevoClientOptions,
} from './reevo/client';
