/**
 * Serves the QA dashboard (built from `dashboard/` into `dist/dashboard/` by `npm run build`) under `/__admin/`, so
 * the admin guard stands in front of it as it does before the admin API the dashboard calls. Only the files the
 * build wrote are served, looked up by name in a list made at start: no path from the request reaches the disk.
 *
 * Hand-written rather than @fastify/static [C]: a fixed set of a few files needs no runtime dependency, and the list
 * rules out path tricks by construction (docs/decisions.md, The dashboard).
 */
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, extname, join, relative, sep } from 'node:path';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { DetailError } from '../http/errors';

/** `dist/dashboard` of this package, from the bundle (`dist/`) or from the sources (`src/admin/`, in tests). */
export const DASHBOARD_DIR = join(packageRoot(__dirname), 'dist', 'dashboard');

/**
 * The pages' Content-Security-Policy: everything from this server, nothing from anywhere else. `data:` images are
 * the OpenAPI viewer's icons; no inline script or style.
 */
export const DASHBOARD_CSP = [
  "default-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export function dashboardRoutes(dir: string): FastifyPluginAsync {
  return async (app) => {
    const assets = listAssets(join(dir, 'assets'));

    app.get('/', { schema: { hide: true } }, async (_request, reply) => {
      const index = join(dir, 'index.html');
      if (!existsSync(index)) {
        throw new DetailError(404, 'The dashboard is not built: run `npm run build -w @reevo/reference-server` (or `npm start`, which builds it), then reload.');
      }
      return send(reply, index);
    });

    app.get('/assets/*', { schema: { hide: true } }, async (request, reply) => {
      const name = (request.params as { '*': string })['*'];
      const file = assets.get(name);
      if (file === undefined) throw new DetailError(404, `The dashboard has no asset ${JSON.stringify(name.slice(0, 200))}.`);
      return send(reply, file);
    });
  };
}

async function send(reply: FastifyReply, file: string): Promise<FastifyReply> {
  return reply
    .header('content-security-policy', DASHBOARD_CSP)
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'no-referrer')
    .header('cache-control', 'no-cache')
    .type(CONTENT_TYPES[extname(file)] ?? 'application/octet-stream')
    .send(await readFile(file));
}

/** Every file under `root` by its path relative to it, with `/` separators; empty when the dashboard is not built. */
function listAssets(root: string): Map<string, string> {
  if (!existsSync(root)) return new Map();
  const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(
    files
      .map((entry) => join(entry.parentPath, entry.name))
      .filter((file) => extname(file) in CONTENT_TYPES)
      .map((file) => [relative(root, file).split(sep).join('/'), file]),
  );
}

function packageRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return from;
  }
}
