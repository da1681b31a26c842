/**
 * Zapier's inputData back into the catalog's shape: empty values dropped (Zapier sends "" for fields left blank),
 * numbers and booleans from text, single values into lists, `a__b` keys into nested objects. Anything still
 * wrong is left for the client's validation, which names the field.
 */
import type { FieldDescriptor } from '@reevo/client/catalog';
import { NESTED_SEPARATOR } from './input-fields';

export function toApiInput(descriptors: readonly FieldDescriptor[], inputData: Record<string, unknown>): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const descriptor of descriptors) {
    const value = convert(descriptor, inputData[descriptor.key]);
    if (value === undefined) continue;
    const [parent, child] = descriptor.key.split(NESTED_SEPARATOR) as [string, string | undefined];
    if (child === undefined) input[parent] = value;
    else input[parent] = { ...(input[parent] as Record<string, unknown> | undefined), [child]: value };
  }
  return input;
}

function convert(descriptor: FieldDescriptor, value: unknown): unknown {
  if (isBlank(value)) return undefined;
  if (descriptor.type === 'array') {
    const items = (Array.isArray(value) ? value : String(value).split(',')).filter((item) => !isBlank(item));
    return items.length ? items.map((item) => scalar(descriptor.items?.type ?? 'string', item)) : undefined;
  }
  if (descriptor.type === 'object') return typeof value === 'object' ? dropBlankEntries(value as Record<string, unknown>) : value;
  return scalar(descriptor.type, value);
}

function scalar(type: FieldDescriptor['type'], value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const text = value.trim();
  if (type === 'integer' || type === 'number') return text !== '' && Number.isFinite(Number(text)) ? Number(text) : value;
  if (type === 'boolean') return /^(true|yes|1)$/i.test(text) ? true : /^(false|no|0)$/i.test(text) ? false : value;
  return text;
}

function dropBlankEntries(record: Record<string, unknown>): Record<string, unknown> | undefined {
  const entries = Object.entries(record).filter(([key, value]) => key.trim() !== '' && !isBlank(value));
  return entries.length ? Object.fromEntries(entries) : undefined;
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}
