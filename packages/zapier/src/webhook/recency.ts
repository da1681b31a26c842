/** "Updated" triggers show the most recently changed records first; searches sort by creation. */
export function newestUpdatedFirst<T extends { updated_at: string }>(records: readonly T[]): T[] {
  return [...records].sort((a, b) => b.updated_at.localeCompare(a.updated_at));
}
