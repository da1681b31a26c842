/**
 * FastAPI's answers for a request no route takes: 405 when the path exists with other methods, else 404.
 */
import type { FastifyInstance } from 'fastify';
import { DetailError } from './errors';

interface KnownRoute {
  method: string;
  pattern: RegExp;
}

/** Must be called before any route is added, so that it sees them all. */
export function trackRoutes(app: FastifyInstance): KnownRoute[] {
  const routes: KnownRoute[] = [];
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const pattern = new RegExp(`^${route.url.replace(/[.+?^$()|[\]\\]/g, '\\$&').replace(/:[^/]+/g, '[^/]+').replace(/\*/g, '.*')}$`);
    for (const method of methods) routes.push({ method: method.toUpperCase(), pattern });
  });
  return routes;
}

export function registerNotFound(app: FastifyInstance, routes: readonly KnownRoute[]): void {
  app.setNotFoundHandler(async (request) => {
    const path = request.url.split('?')[0] ?? '/';
    const allowed = [...new Set(routes.filter((route) => route.pattern.test(path)).map((route) => route.method))];
    if (allowed.length > 0) throw new DetailError(405, 'Method Not Allowed', { allow: allowed.join(', ') });
    throw new DetailError(404, 'Not Found');
  });
}
