/** Walks a limit/offset search page by page until a page comes back shorter than the limit. */

export interface PageOptions {
  /** Records per request, up to the operation's `pagination.maxLimit`; the endpoint's default when absent. */
  pageSize?: number;
  /** Stop after this many records. */
  maxItems?: number;
}

export async function* paginate<T>(
  fetchPage: (paging: { limit: number; offset: number }) => Promise<T[]>,
  pageSize: number,
  maxItems = Number.POSITIVE_INFINITY,
): AsyncGenerator<T, void, undefined> {
  let offset = 0;
  let yielded = 0;
  while (yielded < maxItems) {
    const page = await fetchPage({ limit: pageSize, offset });
    for (const item of page) {
      if (yielded >= maxItems) return;
      yield item;
      yielded += 1;
    }
    if (page.length < pageSize) return;
    offset += page.length;
  }
}

/** Collects an async iterable into an array (for callers who want every record at once). */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}
