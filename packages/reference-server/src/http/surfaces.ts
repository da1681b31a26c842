/**
 * The server's surfaces: the public APIs (and any path no route takes), the admin API, the OpenAPI documents, and
 * the fake providers an API brings (Reeve's, docs/reeve-api.md §6), which stand in for third parties: no faults, no
 * journal, no admin guard. Which one a request is for is decided here, once, for every hook that cares (the admin
 * guard, faults, the journal).
 */
import type { FastifyRequest } from 'fastify';

/** The server's own paths, apart from the public API's. */
export const ADMIN_PREFIX = '/__admin';
export const OPENAPI_PATH = '/openapi.json';
/** Reeve's own document (docs/decisions.md: one OpenAPI document per product). */
export const REEVE_OPENAPI_PATH = '/reeve/openapi.json';
/** Where fake third parties (OAuth providers) are served. */
export const PROVIDERS_PREFIX = '/__providers';

export type Surface = 'public' | 'admin' | 'openapi' | 'providers';

/**
 * A matched route says its surface by its pattern, however the path was spelled. A path no route takes is judged
 * percent-decoded, with duplicate slashes and dot segments resolved: `/%5F%5Fadmin/x`, `//__admin/x` and
 * `/x/../__admin/y` are all the admin side, so no spelling of an admin path is public traffic.
 */
export function surfaceOf(request: FastifyRequest): Surface {
  return surfaceOfPath(request.routeOptions.url ?? normalisedPath(pathOf(request.url)));
}

function surfaceOfPath(path: string): Surface {
  if (path === ADMIN_PREFIX || path.startsWith(`${ADMIN_PREFIX}/`)) return 'admin';
  if (path.startsWith(`${PROVIDERS_PREFIX}/`)) return 'providers';
  return path === OPENAPI_PATH || path === REEVE_OPENAPI_PATH ? 'openapi' : 'public';
}

/**
 * Decodes percent-escapes of ASCII characters (once, as the router does), then lets the URL parser resolve the rest
 * (dot segments, backslashes, the path of an absolute-form target). What it cannot parse is judged as decoded.
 */
function normalisedPath(path: string): string {
  const decoded = path.includes('%') ? path.replace(/%([0-7][0-9a-f])/gi, (_escape, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))) : path;
  try {
    return new URL(decoded.replace(/\/{2,}/g, '/'), 'http://reference.invalid').pathname;
  } catch {
    return decoded;
  }
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
