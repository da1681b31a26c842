/**
 * Zapier input fields derived from a catalog body or query schema: labels, help text, placeholders, choices,
 * defaults and dropdowns all come from the catalog's `.meta()`; an operation overrides only the words a Zap
 * builder needs said differently. Nested objects (an activity's metadata) become flat fields joined by `__`.
 */
import { describeFields, type FieldDescriptor } from '@reevo/client/catalog';
import type { PlainInputField } from 'zapier-platform-core';
import type * as z from 'zod';
import { pickerFor } from './pickers';

export const NESTED_SEPARATOR = '__';

/** Paging is the app's business, never the Zap builder's. */
const PAGING_KEYS = ['limit', 'offset'];

export type FieldOverride = Partial<Pick<PlainInputField, 'label' | 'helpText' | 'required' | 'placeholder' | 'default' | 'altersDynamicFields'>> & {
  /** Set to false to drop the catalog's dropdown (e.g. where typing a partial name is the point). */
  dynamic?: string | false;
};

export interface InputFieldOptions {
  omit?: readonly string[];
  overrides?: Readonly<Record<string, FieldOverride>>;
}

/** Catalog descriptors of a schema, flattened the way the app's input fields are (nested keys joined by `__`). */
export function flatDescriptors(schema: z.ZodType, omit: readonly string[] = []): FieldDescriptor[] {
  const skip = new Set([...PAGING_KEYS, ...omit]);
  return describeFields(schema, 'input')
    .filter((descriptor) => !skip.has(descriptor.key))
    .flatMap((descriptor) =>
      descriptor.type === 'object' && descriptor.properties
        ? descriptor.properties.map((child) => ({ ...child, key: `${descriptor.key}${NESTED_SEPARATOR}${child.key}`, required: descriptor.required && child.required }))
        : [descriptor],
    );
}

export function inputFieldsFrom(schema: z.ZodType, options: InputFieldOptions = {}): PlainInputField[] {
  const fields = flatDescriptors(schema, options.omit).map((descriptor) => toInputField(descriptor, options.overrides?.[descriptor.key]));
  // Zapier's guideline: required fields first, otherwise the catalog's order.
  return [...fields.filter((field) => field.required), ...fields.filter((field) => !field.required)];
}

function toInputField(descriptor: FieldDescriptor, override: FieldOverride = {}): PlainInputField {
  const { dynamic: dynamicOverride, ...words } = override;
  const field: PlainInputField = {
    key: descriptor.key,
    label: descriptor.title,
    helpText: descriptor.description,
    required: descriptor.required && descriptor.default === undefined,
    ...typeOf(descriptor),
  };
  const picker = pickerFor(descriptor);
  if (picker && dynamicOverride !== false) {
    field.dynamic = dynamicOverride ?? picker.dynamic;
    if (picker.search) field.search = picker.search;
  }
  const choices = descriptor.enum ?? descriptor.items?.enum;
  if (choices && !field.dynamic) field.choices = choices.map((value) => ({ value, sample: value, label: humanize(value) }));
  if (descriptor.default !== undefined && typeof descriptor.default !== 'object') field.default = String(descriptor.default);
  const placeholder = placeholderOf(descriptor.example);
  if (placeholder && !field.choices) field.placeholder = placeholder;
  return { ...field, ...words };
}

function typeOf(descriptor: FieldDescriptor): Pick<PlainInputField, 'type' | 'list' | 'dict'> {
  if (descriptor.type === 'object') return { type: 'string', dict: true };
  if (descriptor.type === 'array') return { type: scalarType(descriptor.items?.type ?? 'string', descriptor.items?.format), list: true };
  return { type: scalarType(descriptor.type, descriptor.format) };
}

function scalarType(type: FieldDescriptor['type'], format?: string): PlainInputField['type'] {
  if (format === 'date-time') return 'datetime';
  if (type === 'integer' || type === 'number' || type === 'boolean') return type;
  return 'string';
}

/** `LINKEDIN_CONNECT_REQUEST` → `Linkedin Connect Request`: the API's enum words, readable in a dropdown. */
export function humanize(value: string): string {
  return value
    .toLowerCase()
    .split('_')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

function placeholderOf(example: unknown): string | undefined {
  if (typeof example === 'string' || typeof example === 'number') return String(example);
  if (Array.isArray(example) && example.every((item) => typeof item === 'string')) return example.join(', ');
  return undefined;
}
