/** The server's own paths, apart from the public API's. */
export const ADMIN_PREFIX = '/__admin';
export const OPENAPI_PATH = '/openapi.json';

/** Requests to the public API (or to paths it does not have) are journaled and can be faulted; the server's own are not. */
export function isApiTraffic(path: string): boolean {
  return path !== OPENAPI_PATH && path !== ADMIN_PREFIX && !path.startsWith(`${ADMIN_PREFIX}/`);
}

/** The URL without its query; runs several times per request, so no split into an array. */
export function pathOf(url: string): string {
  const queryStart = url.indexOf('?');
  return queryStart === -1 ? url : url.slice(0, queryStart);
}

/** The raw query string, as the client sent it (before validation changed or refused it), without the `?`. */
export function searchOf(url: string): string {
  const queryStart = url.indexOf('?');
  return queryStart === -1 ? '' : url.slice(queryStart + 1);
}
