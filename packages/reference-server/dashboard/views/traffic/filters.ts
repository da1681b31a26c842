/** The Traffic view's filters: what `GET /__admin/requests` takes, kept in the hash (`#/traffic?status=4xx`) so a view can link to them. */
export const FILTER_NAMES = ['api', 'owner', 'credential', 'status', 'path'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];
export type Filters = Partial<Record<FilterName, string>>;

/** The filters in a hash such as `#/traffic?owner=usr_…&status=4xx`. */
export function filtersFromHash(hash: string): Filters {
  const search = new URLSearchParams(hash.split('?')[1] ?? '');
  const filters: Filters = {};
  for (const name of FILTER_NAMES) {
    const value = search.get(name)?.trim();
    if (value) filters[name] = value;
  }
  return filters;
}

/** The hash of the Traffic view with these filters. */
export function trafficHash(filters: Filters): string {
  const search = new URLSearchParams(Object.entries(filters).filter((entry): entry is [string, string] => Boolean(entry[1]))).toString();
  return search === '' ? '#/traffic' : `#/traffic?${search}`;
}
