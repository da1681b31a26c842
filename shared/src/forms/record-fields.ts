/**
 * Which record a field names and by what, from the catalog's `x-record-ref` and the value's format: the one rule by
 * which every platform chooses a picker (Zapier's dropdown and search, n8n's resource locator or list). Each product
 * layer maps the result to the pickers its API can fill; the rule itself knows no product's record kinds.
 */
import type { FieldDescriptor } from '../machine/fields';

/** What the value of a record field holds: the record's ID, an email, or a name. */
export type RecordValue = 'id' | 'email' | 'name';

export interface RecordField {
  /** The kind of record, as the definition names it (`account`, `stage`). */
  ref: string;
  holds: RecordValue;
  /** Whether the field takes several (a list of contact IDs). */
  list: boolean;
}

export function recordFieldOf(descriptor: FieldDescriptor): RecordField | undefined {
  if (!descriptor.ref) return undefined;
  const format = descriptor.items?.format ?? descriptor.format;
  const holds: RecordValue = format === 'uuid' ? 'id' : format === 'email' ? 'email' : 'name';
  return { ref: descriptor.ref, holds, list: descriptor.type === 'array' };
}
