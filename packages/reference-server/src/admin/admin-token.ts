/**
 * The admin API's bearer token [C]: required when the server listens on an address other machines can reach (and
 * when the embedder sets one). The admin API stays loopback-only either way; the token guards it against what
 * arrives from this machine without being its operator: a local proxy or tunnel relaying outside traffic, another
 * user's process, a local service that can be made to fetch a URL. It is printed once, at start, and never logged.
 */
import { hash, randomBytes, timingSafeEqual } from 'node:crypto';
import { isLoopback } from '../net/loopback';

/** What the admin guard reads on every admin request; `token` is set when the server starts listening. */
export interface AdminAccess {
  token: string | null;
}

function generateAdminToken(): string {
  return `rvadm_${randomBytes(24).toString('base64url')}`;
}

/** The token the admin API needs when listening on `host`: the one given, else a new one unless `host` is loopback. */
export function adminTokenFor(host: string, given: string | null = null): string | null {
  if (given !== null) return given;
  return isLoopback(host) ? null : generateAdminToken();
}

/** Compares `Authorization: Bearer <token>` with the token in constant time (both sides hashed to one length first). */
export function bearerMatches(authorization: string | undefined, token: string): boolean {
  const presented = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1] ?? '';
  return timingSafeEqual(Buffer.from(hash('sha256', presented, 'hex'), 'hex'), Buffer.from(hash('sha256', token, 'hex'), 'hex'));
}
