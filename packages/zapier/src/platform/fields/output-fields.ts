/**
 * Output field labels, flattened the way Zapier flattens a step's output (`metadata__subject`), so a Zap builder
 * sees "Subject" instead of a raw key. Fields come from the catalog's response schema; an object with no fixed keys
 * (custom fields, an event's changes) takes its keys from the sample (`withSampleFields`), so every value the
 * sample shows has a label.
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
}

export function outputFieldsFrom(schema: z.ZodType, options: OutputFieldOptions = {}): PlainOutputField[] {
  return describeFields(schema, 'output').flatMap((descriptor) => outputFieldsOf(descriptor, options.prefix ?? '', options.labelPrefix ?? ''));
}

function outputFieldsOf(descriptor: FieldDescriptor, prefix: string, labelPrefix: string): PlainOutputField[] {
  const key = `${prefix}${descriptor.key}`;
  const label = `${labelPrefix}${descriptor.title}`;
  // An object of any keys (custom fields) has no fields of its own here: the sample's keys label it.
  if (descriptor.type === 'object') return (descriptor.properties ?? []).flatMap((child) => outputFieldsOf(child, `${key}${NESTED_SEPARATOR}`, `${label} `));
  if (descriptor.type === 'array') return [{ key, label, list: true }];
  return [{ key, label, type: outputType(descriptor) }];
}

/**
 * The fields of a sample value whose keys no schema fixes, flattened as Zapier flattens it, labelled from its keys
 * ("Custom Fields Industry"). Nothing when the sample holds none: such keys are the workspace's own.
 */
function sampleFields(sample: unknown, prefix: string, labelPrefix: string): PlainOutputField[] {
  if (!isRecord(sample)) return [];
  return Object.entries(sample).flatMap(([name, value]): PlainOutputField[] => {
    const key = `${prefix}${name}`;
    const label = `${labelPrefix}${humanize(name)}`;
    if (isRecord(value)) return sampleFields(value, `${key}${NESTED_SEPARATOR}`, `${label} `);
    return [Array.isArray(value) ? { key, label, list: true } : { key, label }];
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function outputType(descriptor: FieldDescriptor): PlainOutputField['type'] {
  if (descriptor.format === 'date-time') return 'datetime';
  if (descriptor.type === 'integer' || descriptor.type === 'number' || descriptor.type === 'boolean') return descriptor.type;
  return 'string';
}

/**
 * The fields given, and a field for each value of the sample that none of them labels (the keys of custom fields or
 * of an event's changes, which no schema fixes): Zapier shows every flattened value of a step, so the labels cover
 * every one the sample shows.
 */
export function withSampleFields(fields: readonly PlainOutputField[], sample: unknown): PlainOutputField[] {
  const known = new Set(fields.map((field) => field.key));
  const covered = (key: string) => known.has(key) || [...known].some((parent) => key.startsWith(`${parent}${NESTED_SEPARATOR}`));
  return [...fields, ...sampleFields(sample, '', '').filter((field) => !covered(field.key))];
}
