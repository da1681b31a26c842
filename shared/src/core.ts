/**
 * Everything of the client except the axios transport: platforms that bring their own HTTP (Zapier's
 * `z.request`, n8n's `httpRequestWithAuthentication`) import this so axios never lands in their bundles.
 */
export * from './catalog/index';
export * from './webhooks/index';
export * from './client/errors';
export * from './client/transport';
export * from './client/retry';
export * from './client/paginate';
export { parseApiError, issueFromFastApi, retryAfterSeconds } from './client/parse-error';
export { buildRequest, zodIssues } from './client/build-request';
export {
  CLIENT_VERSION,
  createReevoClient,
  type CallOptions,
  type OperationMethod,
  type PagedMethod,
  type ReevoClient,
  type ReevoClientOptions,
} from './client/create-client';
