/** What every search shares (docs/reevo-api.md §1): newest first, `limit`/`offset` paging, case-insensitive text matching. */

export interface Paging {
  limit: number;
  offset: number;
}

/** `created_at` descending, then `id` descending, so equal timestamps still have one stable order. */
export function newestFirst<T extends { id: string; created_at: string }>(records: Iterable<T>): T[] {
  return [...records].sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at) || b.id.localeCompare(a.id));
}

export function page<T>(records: readonly T[], paging: Paging): T[] {
  return records.slice(paging.offset, paging.offset + paging.limit);
}

export function containsText(haystack: string | null | undefined, needle: string): boolean {
  return haystack != null && haystack.toLowerCase().includes(needle.toLowerCase());
}

/** A filter that is absent matches everything; filters combine with AND. */
export function matchesAll(checks: readonly (boolean | undefined)[]): boolean {
  return checks.every((check) => check !== false);
}
