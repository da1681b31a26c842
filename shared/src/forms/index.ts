/**
 * Platform-neutral forms: an operation's inputs as flat fields with labels, choices, value kinds and rules, and
 * the one set of rules that turns what a form holds into the API's input. The Zapier and n8n layers render these.
 */
export * from './form-fields';
export * from './labels';
export * from './values';
export * from './words';
export type { FieldDescriptor } from '../catalog/fields';
export type { FieldGroupRule } from '../catalog/field-groups';
export type { FieldLabels } from '../catalog/field-labels';
