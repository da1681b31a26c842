/**
 * Everything an action needs from one catalog operation's inputs: Zapier's input fields, the flat descriptors that
 * turn inputData back into the client's input, and the labels that make validation errors speak the Zap's words.
 */
import {
  describeFieldGroup,
  fieldGroupOf,
  satisfiesFieldGroup,
  type FieldDescriptor,
  type FieldGroupRule,
  type OperationSpec,
} from '@reevo/client/catalog';
import type { Bundle, PlainInputField } from 'zapier-platform-core';
import type { FieldLabels } from '../http/errors';
import { flatDescriptors, inputFieldsFrom, NESTED_SEPARATOR, type InputFieldOptions } from '../fields/input-fields';
import { toApiInput } from '../fields/input-data';

/** What every catalog-backed action states about itself (creates and searches add their own options). */
export interface CatalogActionOptions {
  key: string;
  noun: string;
  operation: OperationSpec;
  fields?: InputFieldOptions;
}

export interface OperationFields {
  inputFields: PlainInputField[];
  labels: FieldLabels;
  /** The client's input from the Zap's inputData. */
  inputOf(bundle: Pick<Bundle, 'inputData'>): Record<string, unknown>;
  /** What is wrong with an input before any request (the catalog's rule over a group of fields), in the Zap's labels. */
  problemWith(input: Readonly<Record<string, unknown>>): string | undefined;
}

export function operationFields(operation: OperationSpec, options: InputFieldOptions = {}): OperationFields {
  // Path params first: they say which record; then the query or body.
  const schemas = [operation.params, operation.query, operation.body].filter((schema) => schema !== undefined);
  const fields = schemas.flatMap((schema) => inputFieldsFrom(schema, options));
  const descriptors: FieldDescriptor[] = schemas.flatMap((schema) => flatDescriptors(schema, options.omit));
  const labels: Record<string, string> = {};
  for (const field of fields) labels[field.key.split(NESTED_SEPARATOR).join('.')] = field.label ?? field.key;
  const groups = schemas.map(fieldGroupOf).filter((rule): rule is FieldGroupRule => rule !== undefined);
  const inWords = (rule: FieldGroupRule) => describeFieldGroup(rule, (key) => labels[key] ?? key);
  // Each field of a group says the rule in its help text, since Zapier cannot mark "one of these" required.
  const inputFields = fields.map((field) => {
    const rule = groups.find((group) => group.keys.includes(field.key));
    return rule ? { ...field, helpText: `${field.helpText ?? ''} Give ${inWords(rule)}.`.trim() } : field;
  });
  return {
    inputFields,
    labels,
    inputOf: (bundle) => toApiInput(descriptors, (bundle.inputData ?? {}) as Record<string, unknown>),
    problemWith: (input) => {
      const broken = groups.find((rule) => !satisfiesFieldGroup(rule, input));
      return broken ? `Give ${inWords(broken)}, so Reevo knows what to look for. Nothing was sent to Reevo.` : undefined;
    },
  };
}

/** The body of an operation's first documented example: the catalog's realistic sample answer. */
export function exampleResponse(operation: OperationSpec): unknown {
  const example = operation.examples.find((candidate) => candidate.response.body !== undefined);
  if (!example) throw new Error(`${operation.operationId} has no example response to use as a Zapier sample.`);
  return example.response.body;
}
