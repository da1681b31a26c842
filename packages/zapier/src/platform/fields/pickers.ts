/**
 * Which hidden list trigger (dynamic dropdown) and which search (search connector) fill a field that names a
 * record: the product's table, read by the platform-neutral rule of what the field holds (`recordFieldOf`).
 */
import { recordFieldOf, type RecordValue } from '@integration-pack/core/forms';
import type { FieldDescriptor } from '@integration-pack/core/machine';

export interface Picker {
  dynamic: string;
  search?: string;
}

/** Record kind (the catalog's `x-record-ref`) → what the field holds → its picker. */
export type PickerTable = Readonly<Record<string, Partial<Record<RecordValue, Picker>>>>;

export function pickerFor(table: PickerTable, descriptor: FieldDescriptor): Picker | undefined {
  const record = recordFieldOf(descriptor);
  return record ? table[record.ref]?.[record.holds] : undefined;
}
