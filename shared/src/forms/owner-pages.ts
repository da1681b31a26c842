/**
 * Some lists exist only per owner (Reevo's contacts, mailboxes and users), so a dropdown lists the records of many
 * owners one search at a time. Without a bound, one page would ask once per owner (hundreds of requests for a large
 * workspace, past a platform's time limit and the API's quota). A page asks at most `OWNER_SEARCHES_PER_PAGE`
 * searches; a page that reaches the bound ends short, and its cursor says where the next one goes on.
 */

/** How many owner searches one dropdown page makes at most. */
export const OWNER_SEARCHES_PER_PAGE = 5;

/** Where the next page starts: which owner (by index in the sorted owner list) and the offset within their records. */
export interface OwnerCursor {
  owner: number;
  offset: number;
}

export interface OwnerPage<T> {
  records: T[];
  /** Undefined once every owner's records were listed. */
  next: OwnerCursor | undefined;
}

export interface OwnerPageOptions<T> {
  /** The owners, in the same order on every page (the cursor indexes them). */
  owners: readonly string[];
  /** One search of one owner's records; `limit` and `offset` are given only to a paged search. */
  search: (owner: string, window: { limit: number; offset: number }) => Promise<T[]>;
  /** Most records a page holds. */
  pageSize: number;
  /** True when the search honours limit and offset; false when it answers all of an owner's records at once. */
  paged: boolean;
  cursor?: OwnerCursor;
}

export async function ownerPage<T>(options: OwnerPageOptions<T>): Promise<OwnerPage<T>> {
  const { owners, pageSize, paged } = options;
  let { owner, offset } = options.cursor ?? { owner: 0, offset: 0 };
  const records: T[] = [];
  for (let searches = 0; owner < owners.length && records.length < pageSize && searches < OWNER_SEARCHES_PER_PAGE; searches++) {
    const limit = pageSize - records.length;
    const found = await options.search(owners[owner]!, { limit, offset });
    records.push(...found);
    if (paged && found.length === limit) offset += limit;
    else [owner, offset] = [owner + 1, 0];
  }
  return { records, next: owner < owners.length ? { owner, offset } : undefined };
}

/** A cursor as a platform's opaque text token (`owner:offset`), and back; a malformed token starts over. */
export function ownerCursorToken(cursor: OwnerCursor): string {
  return `${cursor.owner}:${cursor.offset}`;
}

export function ownerCursorOf(token: string | undefined): OwnerCursor {
  const [owner, offset] = (token ?? '').split(':').map(Number);
  const whole = (value: number | undefined): value is number => Number.isInteger(value) && value! >= 0;
  return whole(owner) && whole(offset) ? { owner, offset } : { owner: 0, offset: 0 };
}
