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

/**
 * One page of `oldestFirst` (already filtered), read from the end `order` starts at. The list is in sequence order,
 * so the cursor is found by binary search: a page costs its own length, not the log's (10,000 entries).
 */
export function selectPage<T extends { id: string }>(oldestFirst: readonly T[], request: PageRequest): T[] {
  const { after, limit } = request;
  if (request.order === 'newest') {
    const end = after === undefined ? oldestFirst.length : firstIndexAtOrAfter(oldestFirst, after);
    return oldestFirst.slice(Math.max(0, end - limit), end).reverse();
  }
  const start = after === undefined ? 0 : firstIndexAtOrAfter(oldestFirst, after + 1);
  return oldestFirst.slice(start, start + limit);
}

/** The index of the first entry whose sequence number is at least `sequence` (the length when there is none). */
function firstIndexAtOrAfter(oldestFirst: readonly { id: string }[], sequence: number): number {
  let low = 0;
  let high = oldestFirst.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sequenceOf((oldestFirst[middle] as { id: string }).id) < sequence) low = middle + 1;
    else high = middle;
  }
  return low;
}
