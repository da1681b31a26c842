/**
 * How a change to a stored record is committed: compare, stamp, store, emit. Every update handler goes through
 * `commitUpdate`, so "which fields changed" and "no event when nothing changed" are decided once.
 */
import type { EventType } from '@integration-pack/core/reevo/api';
import type { DomainContext } from '../contract';
import { assertCustomFieldsFit, assertRoomFor } from './limits';

export type Changes = Record<string, { from: unknown; to: unknown }>;
export type CustomFields = Record<string, string | string[]>;

export function timestampNow(context: DomainContext): string {
  return context.now().toISOString();
}

/** Structural equality of JSON-like values (key order ignored). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const aKeys = Object.keys(a);
    const bRecord = b as Record<string, unknown>;
    return aKeys.length === Object.keys(b).length && aKeys.every((key) => key in bRecord && sameValue((a as Record<string, unknown>)[key], bRecord[key]));
  }
  return false;
}

/** The fields whose values differ, `updated_at` aside (it changes because the others did). */
export function changesBetween(before: object, after: object): Changes {
  const beforeRecord = before as Record<string, unknown>;
  const afterRecord = after as Record<string, unknown>;
  const keys = new Set([...Object.keys(beforeRecord), ...Object.keys(afterRecord)]);
  keys.delete('updated_at');
  const changes: Changes = {};
  for (const key of keys) {
    if (!sameValue(beforeRecord[key], afterRecord[key])) changes[key] = { from: beforeRecord[key] ?? null, to: afterRecord[key] ?? null };
  }
  return changes;
}

/** PATCH semantics for custom fields: keys merge one by one, and a null value removes its key. */
export function mergeCustomFields(current: CustomFields, patch: Record<string, string | string[] | null> | undefined): CustomFields {
  if (!patch) return current;
  const merged: CustomFields = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete merged[key];
    else merged[key] = value;
  }
  return merged;
}

/** Copies the fields a PATCH body holds (omitted: unchanged; null: cleared) onto a record. */
export function patchFields<T extends object>(record: T, body: Record<string, unknown>, fields: readonly (keyof T & string)[]): T {
  const patched = { ...record };
  for (const field of fields) {
    if (body[field] !== undefined) (patched as Record<string, unknown>)[field] = body[field];
  }
  return patched;
}

interface Timestamped {
  id: string;
  updated_at: string;
}

/**
 * Saves `after` in place of `before` when any field changed: stamps `updated_at` and emits each event type, in
 * order, with the changes. When nothing changed the stored record, its `updated_at` and the event stream stay as
 * they were (docs/domain-rules.md).
 */
export function commitUpdate<T extends Timestamped>(
  store: Map<string, T>,
  context: DomainContext,
  before: T,
  after: T,
  events: readonly EventType[],
): { record: T; changes: Changes } {
  const changes = changesBetween(before, after);
  if (Object.keys(changes).length === 0) return { record: before, changes };
  assertCustomFieldsFit(after, kindOf(events[0]), context.limits);
  const record = { ...after, updated_at: timestampNow(context) };
  store.set(record.id, record);
  for (const type of events) context.emit(type, record, changes);
  return { record, changes };
}

/** Stores a new record and emits its created event, within the workspace's limits. */
export function commitCreate<T extends { id: string }>(store: Map<string, T>, context: DomainContext, record: T, event: EventType): T {
  const kind = kindOf(event);
  assertRoomFor(store, kind, context.limits);
  assertCustomFieldsFit(record, kind, context.limits);
  store.set(record.id, record);
  context.emit(event, record);
  return record;
}

/** The record kind an event names, in words: `sequence_enrollment.created` → "sequence enrollment". */
export function kindOf(event: EventType | undefined): string {
  return (event ?? 'record').split('.')[0]?.replace(/_/g, ' ') ?? 'record';
}
