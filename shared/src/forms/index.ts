/**
 * Platform-neutral forms: an operation's inputs as flat fields with labels, choices, value kinds and rules, and
 * the one set of rules that turns what a form holds into the API's input. The Zapier and n8n layers render these.
 */
export * from './form-fields';
export * from './labels';
export * from './values';
export * from './words';
export type { FieldDescriptor } from '../machine/fields';
export type { FieldGroupRule } from '../machine/field-groups';
export type { FieldLabels } from '../machine/field-labels';
