/**
 * The generic machine, published as `@integration-pack/core/machine`: the API definition type, the operation spec, the
 * client factory, transports, retries, paging, errors' building blocks and Standard Webhooks signing. Nothing here
 * imports a product: a product is an `ApiDefinition` (Reevo's is in src/reevo/), and shared/test/machine/boundary.test.ts
 * keeps it so.
 */
export * from './definition';
export * from './api-error';
export * from './operation';
export * from './permissions';
export * from './fastapi';
export * from './field-issue';
export * from './transport';
export * from './transport-error';
export * from './retry';
export * from './retry-after';
export * from './paginate';
export * from './words';
export { buildRequest, isLoose, zodIssues, type RequestSettings } from './build-request';
export {
  createClient,
  type CallOptions,
  type Client,
  type ClientBase,
  type ClientMethods,
  type ClientOptions,
  type OperationMethod,
  type PagedMethod,
} from './create-client';
export * from './webhook-signature';
export * from './webhook-verify';
export * from './fields';
export * from './field-meta';
export * from './field-groups';
export * from './field-labels';
