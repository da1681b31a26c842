/**
 * A hidden polling trigger that only feeds a dynamic dropdown. Zapier shows `label` and stores `id` (the value
 * the field sends). Hidden triggers need no sample or description, and never appear in the Zap editor.
 */
import type { Bundle, Trigger, ZObject } from 'zapier-platform-core';

export interface ListItem {
  id: string;
  label: string;
  [field: string]: unknown;
}

export type ListFunction = (z: ZObject, bundle: Bundle) => Promise<ListItem[]>;

export interface ListTriggerOptions {
  key: string;
  noun: string;
  /** What the dropdown lists, for the hidden label (Zapier still requires one). */
  label: string;
  list: ListFunction;
  /** True when `list` reads `bundle.meta.page` and Zapier may ask for more. */
  canPaginate?: boolean;
}

export function defineListTrigger(options: ListTriggerOptions): Trigger & { operation: { perform: ListFunction } } {
  return {
    key: options.key,
    noun: options.noun,
    display: { label: options.label, description: `Lists ${options.noun.toLowerCase()} choices for dropdowns.`, hidden: true },
    operation: {
      type: 'polling',
      perform: options.list,
      ...(options.canPaginate ? { canPaginate: true } : {}),
    },
  };
}

/** The page Zapier asks for (0 first); tests and the first load may give no meta at all. */
export function pageOf(bundle: Bundle): number {
  const page = Number(bundle.meta?.page ?? 0);
  return Number.isInteger(page) && page > 0 ? page : 0;
}

/** Each value once, in first-seen order, as dropdown items whose label is the value itself. */
export function distinctItems(values: Iterable<string | null | undefined>): ListItem[] {
  const seen = new Set<string>();
  for (const value of values) if (value) seen.add(value);
  return [...seen].map((value) => ({ id: value, label: value }));
}
