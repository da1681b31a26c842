/**
 * Zapier input fields rendered from the platform-neutral form fields of `@integration-pack/core/forms` (labels, help, value
 * kinds, choices and the catalog's rules come from there); an operation overrides only the words a Zap builder
 * needs said differently. Nested fields (an activity's metadata) get keys joined by `__`, as Zapier flattens them.
 */
import { formFieldsOf, pagingInputNames, type FormField } from '@integration-pack/core/forms';
import type { PlainInputField } from 'zapier-platform-core';
import type * as z from 'zod';
import type { ZapierProduct } from '../product';
import { pickerFor, type PickerTable } from './pickers';

export const NESTED_SEPARATOR = '__';

export type FieldOverride = Partial<Pick<PlainInputField, 'label' | 'helpText' | 'required' | 'placeholder' | 'default' | 'altersDynamicFields' | 'type'>> & {
  /** Set to false to drop the catalog's dropdown (e.g. where typing a partial name is the point). */
  dynamic?: string | false;
};

export interface InputFieldOptions {
  omit?: readonly string[];
  overrides?: Readonly<Record<string, FieldOverride>>;
}

/** The key of a form field in the Zap's inputData. */
export function zapierKey(field: Pick<FormField, 'path'>): string {
  return field.path.join(NESTED_SEPARATOR);
}

/** Fields the Zap builder never fills: the paging the app drives (the definition's paging style), and `omit`. */
export function omittedKeys(product: ZapierProduct, options: InputFieldOptions = {}): string[] {
  return [...pagingInputNames(product.definition.paging), ...(options.omit ?? [])];
}

export function inputFieldsFrom(product: ZapierProduct, schema: z.ZodType, options: InputFieldOptions = {}): PlainInputField[] {
  return renderInputFields(product.pickers, formFieldsOf(schema, { omit: omittedKeys(product, options) }), options);
}

/** The Zapier input fields of form fields: required first (Zapier's guideline), otherwise the catalog's order. */
export function renderInputFields(pickers: PickerTable, formFields: readonly FormField[], options: InputFieldOptions = {}): PlainInputField[] {
  const fields = formFields.map((field) => toInputField(pickers, field, options.overrides?.[zapierKey(field)]));
  return [...fields.filter((field) => field.required), ...fields.filter((field) => !field.required)];
}

function toInputField(pickers: PickerTable, formField: FormField, override: FieldOverride = {}): PlainInputField {
  const { descriptor } = formField;
  const { dynamic: dynamicOverride, ...words } = override;
  const field: PlainInputField = {
    key: zapierKey(formField),
    label: formField.label,
    helpText: formField.help,
    required: formField.required && descriptor.default === undefined,
    ...typeOf(formField),
  };
  const picker = pickerFor(pickers, descriptor);
  if (picker && dynamicOverride !== false) {
    field.dynamic = dynamicOverride ?? picker.dynamic;
    if (picker.search) field.search = picker.search;
  } else if (typeof dynamicOverride === 'string') {
    // A dropdown narrower than the field's choices (Reeve's API-key providers among all providers).
    field.dynamic = dynamicOverride;
  }
  if (formField.choices && !field.dynamic) field.choices = formField.choices.map(({ value, label }) => ({ value, sample: value, label }));
  if (descriptor.default !== undefined && typeof descriptor.default !== 'object') field.default = String(descriptor.default);
  const placeholder = placeholderOf(descriptor.example);
  if (placeholder && !field.choices) field.placeholder = placeholder;
  return { ...field, ...words };
}

const ZAPIER_TYPES = { text: 'string', number: 'number', integer: 'integer', boolean: 'boolean', datetime: 'datetime' } as const;

function typeOf(field: FormField): Pick<PlainInputField, 'type' | 'list' | 'dict'> {
  if (field.kind === 'dict') return { type: 'string', dict: true };
  if (field.kind === 'list') return { type: ZAPIER_TYPES[field.itemKind ?? 'text'], list: true };
  return { type: ZAPIER_TYPES[field.kind] };
}

function placeholderOf(example: unknown): string | undefined {
  if (typeof example === 'string' || typeof example === 'number') return String(example);
  if (Array.isArray(example) && example.every((item) => typeof item === 'string')) return example.join(', ');
  return undefined;
}
