/** The reference server as a library: start it in-process, or reach its parts. */
export { createReferenceServer, SERVER_INFO, type ReferenceServer, type ReferenceServerOptions } from './server';
export { ReferenceRuntime, type RuntimeOptions } from './runtime/reference-runtime';
export { buildApp } from './http/app';
export type { AnyServedApi, OpenApiDescription, OpenApiDocumentInfo, ServedApi, ServedApis } from './http/served-api';
export { reevoApis } from './reevo';
export { startReferenceServer } from './testing';
