/**
 * Pages of the admin API's logs (the request journal, the webhook delivery log). Their ids carry a sequence number
 * that only grows (`req_000042`, `dlv_000007`), so a cursor is the id of the last entry of the previous page: entries
 * dropped or added in between never shift a page, as an offset would.
 */

export type PageOrder = 'oldest' | 'newest';

export interface PageRequest {
  /** At most this many entries. */
  limit: number;
  /** oldest: oldest first, continuing after the cursor; newest: newest first, continuing before it. */
  order: PageOrder;
  /** The sequence number of the previous page's last entry; the first page when omitted. */
  after?: number;
}

/** The sequence number in an id such as `req_000042`, or NaN when there is none. */
export function sequenceOf(id: string): number {
  return Number(id.slice(id.lastIndexOf('_') + 1));
}

/** One page of `oldestFirst` (already filtered), read from the end `order` starts at. */
export function selectPage<T extends { id: string }>(oldestFirst: readonly T[], request: PageRequest): T[] {
  const page: T[] = [];
  const newest = request.order === 'newest';
  const step = newest ? -1 : 1;
  for (let index = newest ? oldestFirst.length - 1 : 0; index >= 0 && index < oldestFirst.length && page.length < request.limit; index += step) {
    const item = oldestFirst[index] as T;
    if (request.after !== undefined) {
      const sequence = sequenceOf(item.id);
      if (newest ? sequence >= request.after : sequence <= request.after) continue;
    }
    page.push(item);
  }
  return page;
}
