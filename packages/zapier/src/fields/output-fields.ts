/**
 * Output field labels from a catalog response schema, flattened the way Zapier shows nested values
 * (`metadata__subject`), so a Zap builder sees "Subject" instead of a raw key.
 */
import { describeFields, type FieldDescriptor } from '@integration-pack/core/reevo/api';
import type { PlainOutputField } from 'zapier-platform-core';
import type * as z from 'zod';
import { NESTED_SEPARATOR } from './input-fields';

export function outputFieldsFrom(schema: z.ZodType, prefix = '', labelPrefix = ''): PlainOutputField[] {
  return describeFields(schema, 'output').flatMap((descriptor) => outputFieldsOf(descriptor, prefix, labelPrefix));
}

function outputFieldsOf(descriptor: FieldDescriptor, prefix: string, labelPrefix: string): PlainOutputField[] {
  const key = `${prefix}${descriptor.key}`;
  const label = `${labelPrefix}${descriptor.title}`;
  if (descriptor.type === 'object') {
    // Custom fields have no fixed keys: Zapier lists whatever a record carries.
    return (descriptor.properties ?? []).flatMap((child) => outputFieldsOf(child, `${key}${NESTED_SEPARATOR}`, `${label} `));
  }
  if (descriptor.type === 'array') return [{ key, label, list: true }];
  return [{ key, label, type: outputType(descriptor) }];
}

function outputType(descriptor: FieldDescriptor): PlainOutputField['type'] {
  if (descriptor.format === 'date-time') return 'datetime';
  if (descriptor.type === 'integer' || descriptor.type === 'number' || descriptor.type === 'boolean') return descriptor.type;
  return 'string';
}
