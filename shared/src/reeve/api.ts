/**
 * `@integration-pack/core/reeve/api`: the Reeve Connectors API as data (plain zod, no HTTP library): its providers,
 * event types, catalog and the API definition `reeveApi` that the machine's client and the reference server's route
 * builder take as a parameter.
 */
export * from './providers';
export * from './catalog/index';
export { reeveApi, type ReeveApi, type ReeveCredentials } from './definition';
