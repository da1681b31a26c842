/**
 * FastAPI's answers for a request no route takes: 405 when the path exists with other methods, else 404. The
 * server's root has one (for paths no API owns) and each API's plugin its own, answered in that API's error shape.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DetailError } from './errors';
import { ADMIN_PREFIX, pathOf } from './surfaces';
import { answerFault } from './traffic-hooks';

export interface KnownRoute {
  method: string;
  pattern: RegExp;
  /** How many path parameters the route has: a static segment wins over a parameter, as in the router. */
  parameters: number;
}

/** Must be called before any route is added, so that it sees them all. */
export function trackRoutes(app: FastifyInstance): KnownRoute[] {
  const routes: KnownRoute[] = [];
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const pattern = new RegExp(`^${route.url.replace(/[.+?^$()|[\]\\]/g, '\\$&').replace(/:[^/]+/g, '[^/]+').replace(/\*/g, '.*')}$`);
    const parameters = (route.url.match(/:[^/]+/g) ?? []).length;
    for (const method of methods) routes.push({ method: method.toUpperCase(), pattern, parameters });
  });
  return routes;
}

/**
 * The root's handler: a path no API owns, where an injected fault still answers first. A browser opening the base
 * URL is sent to the dashboard; any other client asking for `/` gets the 404 an API client expects.
 */
export function registerNotFound(app: FastifyInstance, routes: readonly KnownRoute[]): void {
  app.setNotFoundHandler(async (request, reply) => {
    if (answerFault(request, reply)) return reply;
    if (isBrowserAtRoot(request)) return reply.redirect(`${ADMIN_PREFIX}/`, 302);
    throw notFoundError(request.url, routes);
  });
}

/** A page load of `/`: a GET (or HEAD) whose Accept names HTML, as a browser's navigation does and curl's does not. */
function isBrowserAtRoot(request: FastifyRequest): boolean {
  return (request.method === 'GET' || request.method === 'HEAD') && pathOf(request.url) === '/' && /\btext\/html\b/i.test(request.headers.accept ?? '');
}

/** 405 with `Allow` when the path exists with other methods, else 404, for the error handler to shape. */
export function notFoundError(url: string, routes: readonly KnownRoute[]): DetailError {
  const path = url.split('?')[0] ?? '/';
  const matching = routes.filter((route) => route.pattern.test(path));
  const fewest = Math.min(...matching.map((route) => route.parameters));
  const allowed = [...new Set(matching.filter((route) => route.parameters === fewest).map((route) => route.method))];
  if (allowed.length > 0) return new DetailError(405, 'Method Not Allowed', { allow: allowed.join(', ') });
  return new DetailError(404, 'Not Found');
}
