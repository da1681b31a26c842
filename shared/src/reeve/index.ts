/**
 * `@integration-pack/core/reeve`: everything of the Reeve client except the axios transport. Platforms that bring
 * their own HTTP (Zapier's `z.request`, n8n's `httpRequestWithAuthentication`) import this so axios never lands in
 * their bundles; `@reeve/client` adds the axios default.
 */
export * from './api';
export * from './errors';
export { reeveErrorFacts } from './error-facts';
export * from './webhooks';
export { parseReeveError, NOT_AUTHENTICATED } from './parse-error';
export { createReeveClient, type ReeveCatalogMethods, type ReeveClient, type ReeveClientMethods, type ReeveClientOptions } from './client';
export { REEVE_CLIENT_VERSION } from './version';
export { API_ERROR_CATEGORIES, errorCategoryOf, type ApiErrorCategory } from '../machine/api-error';
export type { CallOptions, OperationMethod } from '../machine/create-client';
export * from '../machine/transport';
export * from '../machine/transport-error';
export { generateWebhookSecret, signPayload, WEBHOOK_HEADERS, type SignedHeaders } from '../machine/webhook-signature';
