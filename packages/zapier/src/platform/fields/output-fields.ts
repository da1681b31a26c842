/**
 * Output field labels, flattened the way Zapier flattens a step's output (`metadata__subject`), so a Zap builder
 * sees "Subject" instead of a raw key. Fields come from the catalog's response schema, typed as it says and required
 * where it guarantees a value; an object with no fixed keys (custom fields, an event's changes) takes its keys and
 * types from the sample (`sampleWithFields`), so every value the sample shows has a label. Zapier holds a static
 * sample to its fields (check D024: required fields present, each value of its field's type), and a null is of no
 * type: a sample leaves out what is empty, and a field that may be empty is not required.
 */
import { humanize } from '@integration-pack/core/forms';
import { describeFields, type FieldDescriptor } from '@integration-pack/core/machine';
import type { PlainOutputField } from 'zapier-platform-core';
import type * as z from 'zod';
import { NESTED_SEPARATOR } from './input-fields';

export interface OutputFieldOptions {
  /** Key and label prefixes for a schema nested in the result (`account__`, "Account "). */
  prefix?: string;
  labelPrefix?: string;
  /**
   * Whether the result always holds the nested schema (false for an account that may be null): its fields are
   * required only if so. True by default.
   */
  present?: boolean;
}

export function outputFieldsFrom(schema: z.ZodType, options: OutputFieldOptions = {}): PlainOutputField[] {
  return describeFields(schema, 'output').flatMap((descriptor) => outputFieldsOf(descriptor, options.prefix ?? '', options.labelPrefix ?? '', options.present ?? true));
}

/**
 * The fields of a result that is one of several shapes (a union, whose schema has no fields of its own): each
 * variant's fields once, labelled as the first variant that has it labels it, required only where every variant
 * requires it.
 */
export function outputFieldsOfVariants(variants: readonly z.ZodType[]): PlainOutputField[] {
  const perVariant = variants.map((variant) => outputFieldsFrom(variant));
  const byKey = new Map<string, PlainOutputField>();
  for (const field of perVariant.flat()) {
    if (byKey.has(field.key)) continue;
    const { required: _required, ...rest } = field;
    const everywhere = perVariant.every((fields) => fields.some((other) => other.key === field.key && other.required));
    byKey.set(field.key, everywhere ? { ...rest, required: true } : rest);
  }
  return [...byKey.values()];
}

function outputFieldsOf(descriptor: FieldDescriptor, prefix: string, labelPrefix: string, parentPresent: boolean): PlainOutputField[] {
  const key = `${prefix}${descriptor.key}`;
  const label = `${labelPrefix}${descriptor.title}`;
  const present = parentPresent && descriptor.required && !descriptor.nullable;
  // An object of any keys (custom fields) has no fields of its own here: the sample's keys label it.
  if (descriptor.type === 'object') return (descriptor.properties ?? []).flatMap((child) => outputFieldsOf(child, `${key}${NESTED_SEPARATOR}`, `${label} `, present));
  const required = present ? { required: true } : {};
  if (descriptor.type === 'array') {
    const items = descriptor.items;
    const itemType = items && items.type !== 'object' && items.type !== 'array' ? { type: scalarType(items.type, items.format) } : {};
    return [{ key, label, list: true, ...itemType, ...required }];
  }
  return [{ key, label, type: scalarType(descriptor.type, descriptor.format), ...required }];
}

function scalarType(type: FieldDescriptor['type'], format: string | undefined): NonNullable<PlainOutputField['type']> {
  if (format === 'date-time') return 'datetime';
  if (type === 'integer' || type === 'number' || type === 'boolean') return type;
  return 'string';
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** The output type a sample value shows (a field whose value no schema fixes). */
function typeOfValue(value: unknown): NonNullable<PlainOutputField['type']> {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value === 'string' && DATE_TIME.test(value) ? 'datetime' : 'string';
}

/**
 * The fields of a sample value whose keys no schema fixes, flattened as Zapier flattens it, labelled from its keys
 * ("Custom Fields Industry") and typed from its values. Nothing when the sample holds none: such keys are the
 * workspace's own.
 */
function sampleFields(sample: unknown, prefix: string, labelPrefix: string): PlainOutputField[] {
  if (!isRecord(sample)) return [];
  return Object.entries(sample).flatMap(([name, value]): PlainOutputField[] => {
    const key = `${prefix}${name}`;
    const label = `${labelPrefix}${humanize(name)}`;
    if (isRecord(value)) return sampleFields(value, `${key}${NESTED_SEPARATOR}`, `${label} `);
    if (!Array.isArray(value)) return [{ key, label, type: typeOfValue(value) }];
    const [first] = value;
    return [{ key, label, list: true, ...(first === undefined || isRecord(first) || Array.isArray(first) ? {} : { type: typeOfValue(first) }) }];
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A sample without its empty values (nulls, at any depth; a list keeps its items). */
export function withoutNulls<T>(value: T): T {
  if (!isRecord(value)) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, child]) => child !== null)
      .map(([key, child]) => [key, withoutNulls(child)]),
  ) as T;
}

/**
 * A step's static sample and output fields from an example result: the example without its empty values, and the
 * fields given plus a field for each value of the sample that none of them labels (the keys of custom fields or of
 * an event's changes, which no schema fixes), since Zapier shows every flattened value of a step.
 */
export function sampleWithFields<T extends Record<string, unknown> | undefined>(fields: readonly PlainOutputField[], example: T): { sample: T; outputFields: PlainOutputField[] } {
  const sample = withoutNulls(example);
  const known = new Set(fields.map((field) => field.key));
  const covered = (key: string) => known.has(key) || [...known].some((parent) => key.startsWith(`${parent}${NESTED_SEPARATOR}`));
  return { sample, outputFields: [...fields, ...sampleFields(sample, '', '').filter((field) => !covered(field.key))] };
}
