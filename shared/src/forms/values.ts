/**
 * What a form holds back into what the API expects. Form inputs are text (a list typed as "a, b", a number as "5",
 * a date without an offset) or whatever an expression gave; the rules are the same on every platform
 * (docs/decisions.md, "Form values"). Anything still wrong is left as typed, for the client's validation to name.
 */
import type { FormField, ItemKind } from './form-fields';

/**
 * Blank: nothing, or text of only spaces. A blank field is left out of the request, never sent as null: on Zapier
 * every field left empty arrives as "", so a blank cannot mean "clear" (docs/decisions.md, "Form values").
 */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** "a@x.com, b@x.com" or one per line (or an array from an expression) → ["a@x.com", "b@x.com"]; blanks dropped. */
export function splitList(value: unknown): unknown[] {
  const items = Array.isArray(value) ? value : String(value ?? '').split(/[,\n]/);
  return items.filter((item) => !isBlank(item)).map((item) => (typeof item === 'string' ? item.trim() : item));
}

/** A date-time picker's local time without an offset ("2026-11-30T17:00:00") as UTC; one with an offset as is. */
export function toTimestamp(value: unknown): unknown {
  if (typeof value !== 'string' || value === '') return value;
  if (/(Z|[+-]\d{2}:?\d{2})$/i.test(value)) return value;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toISOString();
}

export interface ValueOptions {
  /** In a dict, whether an entry named with a blank value clears that key (sent as null) instead of being left out. */
  clearBlankEntries?: boolean;
}

/**
 * The API value of one field from what the form holds; `undefined` means "leave the field out". Clearing a field is
 * said on purpose: a null (which only an expression or a mapped step gives, never an empty box) is sent as null
 * where the API takes it.
 */
export function toApiValue(field: Pick<FormField, 'kind' | 'itemKind' | 'nullable'>, value: unknown, options: ValueOptions = {}): unknown {
  if (value === null && field.nullable) return null;
  if (isBlank(value)) return undefined;
  if (field.kind === 'list') {
    const items = splitList(value).map((item) => scalar(field.itemKind ?? 'text', item));
    return items.length ? items : undefined;
  }
  if (field.kind === 'dict') return typeof value === 'object' ? dictValue(value as Record<string, unknown>, options) : value;
  return scalar(field.kind, value);
}

/** The API input of an operation: each field's value, read by `valueOf`, converted and nested at its path. */
export function toApiInput(fields: readonly FormField[], valueOf: (field: FormField) => unknown, options: ValueOptions = {}): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const field of fields) {
    const value = toApiValue(field, valueOf(field), options);
    if (value !== undefined) setPath(input, field.path, value);
  }
  return input;
}

function scalar(kind: ItemKind, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const text = value.trim();
  if (kind === 'integer' || kind === 'number') return Number.isFinite(Number(text)) ? Number(text) : value;
  if (kind === 'boolean') return /^(true|yes|1)$/i.test(text) ? true : /^(false|no|0)$/i.test(text) ? false : value;
  if (kind === 'datetime') return toTimestamp(text);
  return text;
}

function dictValue(record: Record<string, unknown>, options: ValueOptions): Record<string, unknown> | undefined {
  const entries = Object.entries(record)
    .filter(([key]) => key.trim() !== '')
    .flatMap(([key, value]): Array<[string, unknown]> => (!isBlank(value) ? [[key, value]] : options.clearBlankEntries ? [[key, null]] : []));
  return entries.length ? Object.fromEntries(entries) : undefined;
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
  node[path[path.length - 1] as string] = value;
}
