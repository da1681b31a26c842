/**
 * What stands in front of everything under `/__admin` (today's admin API, and any page, stream or API added there
 * later): one hook at the root of the app, keyed by the request's surface (`surfaces.ts`), so a route inherits it by
 * its path alone, whichever plugin registers it, and a 404 under `/__admin` is guarded too. In order:
 *
 *  1. the client is on this machine (loopback), whatever a proxy header claims;
 *  2. the request was not sent by a reference server itself (its outbound marker: a webhook aimed at the admin API);
 *  3. the Host names this machine (a loopback name or address), which refuses DNS rebinding;
 *  4. an Origin, when a browser sends one, is this server's own: another web site's page is refused;
 *  5. the bearer token, when the server requires one (listening beyond loopback, `admin-token.ts`);
 *  6. a write's body is JSON, so a browser cannot send one cross-site without a CORS preflight, which is never granted.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { isJsonContentType } from '../http/body-parsing';
import { DetailError } from '../http/errors';
import '../http/request-context';
import { isLoopback } from '../net/loopback';
import { OUTBOUND_MARKER_HEADER } from '../net/outbound-marker';
import { bearerMatches, type AdminAccess } from './admin-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const ABSOLUTE_FORM = /^[a-z][a-z\d+.-]*:\/\//i;

export function registerAdminGuard(app: FastifyInstance, access: AdminAccess): void {
  // Callback style, not async: the hook runs for every request, and most are not for the admin API.
  app.addHook('onRequest', (request, _reply, done) => {
    if (request.traffic.surface !== 'admin') {
      done();
      return;
    }
    const refusal = clientRefusal(request) ?? browserRefusal(request) ?? tokenRefusal(request, access) ?? bodyRefusal(request);
    if (refusal) done(refusal);
    else done();
  });
}

function clientRefusal(request: FastifyRequest): DetailError | null {
  const remote = request.socket.remoteAddress;
  if (!isLoopback(remote)) {
    return new DetailError(403, `The admin API answers only clients on this machine (loopback); ${remote ?? 'this client'} is not.`);
  }
  if (request.headers[OUTBOUND_MARKER_HEADER] !== undefined) {
    return new DetailError(403, 'The admin API refuses requests sent by the reference server itself (a webhook delivery aimed at it): subscribe webhooks to a receiver of their own.');
  }
  return null;
}

function browserRefusal(request: FastifyRequest): DetailError | null {
  const host = addressedHost(request);
  const hostname = host === undefined ? null : hostnameOf(host);
  if (hostname === null || !isLoopback(hostname)) {
    return new DetailError(
      403,
      `The admin API answers only requests addressed to this machine by a loopback name (Host ${shown(host)} is not; ` +
        'this refuses DNS rebinding): use http://127.0.0.1:<port>/__admin or http://localhost:<port>/__admin.',
    );
  }
  const origin = request.headers.origin;
  if (origin !== undefined && !isOwnOrigin(origin, host ?? '')) {
    return new DetailError(
      403,
      `The admin API refuses requests from other web pages (Origin ${shown(origin)}): call it from a terminal, a script or a test, ` +
        'or from a page this server serves itself.',
    );
  }
  return null;
}

function tokenRefusal(request: FastifyRequest, access: AdminAccess): DetailError | null {
  if (access.token === null || bearerMatches(request.headers.authorization, access.token)) return null;
  return new DetailError(
    401,
    'The admin API needs the token printed when the server started (it listens beyond loopback): send Authorization: Bearer <admin token>.',
    { 'www-authenticate': 'Bearer realm="reference-server-admin"' },
  );
}

function bodyRefusal(request: FastifyRequest): DetailError | null {
  if (SAFE_METHODS.has(request.method)) return null;
  const contentType = request.headers['content-type'];
  const hasBody = contentType !== undefined || request.headers['transfer-encoding'] !== undefined || Number(request.headers['content-length'] ?? 0) > 0;
  if (!hasBody || (contentType !== undefined && isJsonContentType(contentType))) return null;
  return new DetailError(415, `The admin API takes only JSON bodies: send Content-Type: application/json (got ${shown(contentType ?? 'no content type')}).`);
}

/**
 * The host the request was addressed to: its Host header, or the authority of an absolute-form target
 * (`GET http://name/path`), which HTTP says wins over the Host header (RFC 9112 §3.2.2).
 */
function addressedHost(request: FastifyRequest): string | undefined {
  if (!ABSOLUTE_FORM.test(request.url)) return request.headers.host;
  try {
    return new URL(request.url).host;
  } catch {
    return undefined;
  }
}

/** The host of a Host header (`name`, `name:port`, `[v6]:port`), or null when it is not one. */
function hostnameOf(host: string): string | null {
  if (/[\s/\\?#@]/.test(host)) return null;
  try {
    return new URL(`http://${host}/`).hostname;
  } catch {
    return null;
  }
}

/**
 * A page this server serves itself: an http origin on a loopback host at the port the request was addressed to
 * (any loopback spelling, since `localhost` and `127.0.0.1` reach the same listener). `null` (sandboxed frames,
 * files) and every other origin are foreign.
 */
function isOwnOrigin(origin: string, host: string): boolean {
  let parsed: URL;
  let addressed: URL;
  try {
    parsed = new URL(origin);
    addressed = new URL(`http://${host}/`);
  } catch {
    return false;
  }
  return parsed.protocol === 'http:' && isLoopback(parsed.hostname) && parsed.port === addressed.port;
}

/** A caller's header value in a message: quoted, and cut short (headers may be kilobytes). */
function shown(value: string | undefined): string {
  if (value === undefined) return '(none)';
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
}
