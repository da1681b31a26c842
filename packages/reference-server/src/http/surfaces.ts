/** The server's own paths, apart from the public API's. */
export const ADMIN_PREFIX = '/__admin';
export const OPENAPI_PATH = '/openapi.json';

/** Requests to the public API (or to paths it does not have) are journaled and can be faulted; the server's own are not. */
export function isApiTraffic(path: string): boolean {
  return path !== OPENAPI_PATH && path !== ADMIN_PREFIX && !path.startsWith(`${ADMIN_PREFIX}/`);
}

export function pathOf(url: string): string {
  return url.split('?')[0] ?? '/';
}
