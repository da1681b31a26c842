/**
 * Platform-neutral forms: an operation's inputs as flat fields with labels, choices, value kinds and rules, the one
 * set of rules that turns what a form holds into the API's input, and the words errors give back to the form. The
 * Zapier and n8n layers render these. The field descriptors, groups and labels they are built from are the
 * machine's (`@integration-pack/core/machine`), published there only.
 */
export * from './error-facts';
export * from './form-fields';
export * from './issue-words';
export * from './labels';
export * from './owner-pages';
export * from './paging';
export * from './record-fields';
export * from './values';
export * from './words';
