/**
 * `@integration-pack/core/reevo/api`: the Reevo API as data (plain zod, no HTTP library), and the Reevo API definition
 * `reevoApi` that the machine's client, and the reference server's route builder, take as a parameter.
 */
export * from './catalog/index';
export { reevoApi, type ReevoApi, type ReevoCredentials } from './definition';
