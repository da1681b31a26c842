/**
 * Everything an action needs from one catalog operation's inputs: Zapier's input fields, the form fields that
 * turn inputData back into the client's input, and the labels that make validation errors speak the Zap's words.
 */
import { brokenRule, fieldGroupsOf, formLabels, operationFormFields, ruleInWords, toApiInput } from '@integration-pack/core/forms';
import type { FieldGroupRule, FieldLabels, OperationSpec } from '@integration-pack/core/machine';
import type { Bundle, InputField, PlainInputField, PlainOutputField, ZObject } from 'zapier-platform-core';
import type * as z from 'zod';
import { omittedKeys, renderInputFields, zapierKey, type InputFieldOptions } from '../fields/input-fields';
import { outputFieldsFrom, sampleWithFields } from '../fields/output-fields';
import type { ZapierProduct } from '../product';

/** What every catalog-backed action states about itself (creates and searches add their own options). */
export interface CatalogActionOptions {
  key: string;
  noun: string;
  operation: OperationSpec;
  fields?: InputFieldOptions;
  label: string;
  description: string;
  /** Labels for what the action returns, when it is not the operation's response as is. */
  outputFields?: PlainOutputField[];
  /** Fields the catalog cannot derive, after its own (e.g. Zapier dynamic fields that depend on another field). */
  extraFields?: ExtraFields;
}

export interface ExtraFields {
  inputFields: InputField[];
  /** The client's input with what the extra fields hold added. */
  addTo(input: Record<string, unknown>, inputData: Readonly<Record<string, unknown>>): Record<string, unknown>;
}

/** The client's input of an action: the catalog's fields, then its extra fields. */
export function actionInputOf(options: CatalogActionOptions, fields: OperationFields, z: Pick<ZObject, 'errors'>, bundle: Pick<Bundle, 'inputData'>): Record<string, unknown> {
  const input = fields.requestInputOf(z, bundle);
  return options.extraFields ? options.extraFields.addTo(input, (bundle.inputData ?? {}) as Record<string, unknown>) : input;
}

/**
 * The definition a create or a search of one operation gives Zapier: its words, its input fields, its perform, its
 * sample (the example result without its empty values), and output fields for the result (`resultSchema`, unless
 * the action reshapes it) and every value the sample shows.
 */
export function actionDefinition<P>(options: CatalogActionOptions, fields: OperationFields, perform: P, example: Record<string, unknown> | undefined, resultSchema: z.ZodType | undefined) {
  const { sample, outputFields } = sampleWithFields(options.outputFields ?? (resultSchema ? outputFieldsFrom(resultSchema) : []), example);
  return {
    key: options.key,
    noun: options.noun,
    display: { label: options.label, description: options.description },
    operation: {
      inputFields: [...fields.inputFields, ...(options.extraFields?.inputFields ?? [])],
      perform,
      ...(sample ? { sample } : {}),
      outputFields,
    },
  };
}

export interface OperationFields {
  inputFields: PlainInputField[];
  labels: FieldLabels;
  /** The client's input from the Zap's inputData. */
  inputOf(bundle: Pick<Bundle, 'inputData'>): Record<string, unknown>;
  /**
   * The client's input, checked before any request against the catalog's rules over groups of fields: a broken rule
   * throws, in the Zap's labels.
   */
  requestInputOf(z: Pick<ZObject, 'errors'>, bundle: Pick<Bundle, 'inputData'>): Record<string, unknown>;
}

export function operationFields(product: ZapierProduct, operation: OperationSpec, options: InputFieldOptions = {}): OperationFields {
  const formFields = operationFormFields(operation, { omit: omittedKeys(product, options) });
  const fields = renderInputFields(product.pickers, formFields, options);
  const labelOf = new Map(fields.map((field) => [field.key, field.label ?? field.key]));
  const labels = formLabels(formFields, (field) => labelOf.get(zapierKey(field)) ?? field.label);
  const groups = fieldGroupsOf(operation);
  const inWords = (rule: FieldGroupRule) => ruleInWords(rule, labels);
  // Each field of a group says the rule in its help text, since Zapier cannot mark "one of these" required.
  const inputFields = fields.map((field) => {
    const rule = groups.find((group) => group.keys.includes(field.key));
    return rule ? { ...field, helpText: `${field.helpText ?? ''} Give ${inWords(rule)}.`.trim() } : field;
  });
  const inputOf = (bundle: Pick<Bundle, 'inputData'>) => {
    const inputData = (bundle.inputData ?? {}) as Record<string, unknown>;
    return toApiInput(formFields, (field) => inputData[zapierKey(field)]);
  };
  return {
    inputFields,
    labels,
    inputOf,
    requestInputOf: (z, bundle) => {
      const input = inputOf(bundle);
      const broken = brokenRule(groups, input);
      const api = product.definition.name;
      if (broken) throw new z.errors.Error(`Give ${inWords(broken)}, so ${api} knows what to look for. Nothing was sent to ${api}.`, 'InvalidInput', 400);
      return input;
    },
  };
}

/** The body of an operation's first documented example: the catalog's realistic sample answer. */
export function exampleResponse(operation: OperationSpec): unknown {
  const example = operation.examples.find((candidate) => candidate.response.body !== undefined);
  if (!example) throw new Error(`${operation.operationId} has no example response to use as a Zapier sample.`);
  return example.response.body;
}
