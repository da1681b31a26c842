/**
 * Throughput and latency, side by side on one machine: the reference server, Prism serving our openapi.json, and
 * bare fastify + zod with the same schemas, on Get Account (GET by id) and Create Account (a validated POST), with
 * the catalog's own example requests, at 50 connections.
 */
import { join } from 'node:path';
import { forkServer, stop } from '../support/children.mjs';
import { LOAD, measureSideBySide } from '../support/load.mjs';
import { BENCH_DIR, paths, requireFromRepo } from '../support/paths.mjs';
import { round } from '../support/stats.mjs';
import { writeResult } from '../support/results.mjs';
import { startPrism } from '../servers/prism.mjs';

const { getAccount, createAccount, EXAMPLE } = requireFromRepo(paths.catalog);

const routes = (key) => ({
  getById: { method: 'GET', path: `${getAccount.path.replace('{account_id}', EXAMPLE.accountId)}?payload_type=json`, headers: { 'x-api-key': key } },
  validatedPost: {
    method: 'POST',
    path: `${createAccount.path}?payload_type=json`,
    headers: { 'x-api-key': key, 'content-type': 'application/json' },
    body: JSON.stringify(createAccount.examples[0].request.body),
  },
});

const SERVERS = {
  reference: () => forkServer(join(BENCH_DIR, 'servers/reference.mjs')),
  prism: () => startPrism(),
  fastifyZod: () => forkServer(join(BENCH_DIR, 'servers/fastify-zod.mjs')),
};

export async function runThroughput(log = console.log) {
  // All three run at once (idle while another is driven), so their measured rounds can take turns.
  const servers = {};
  try {
    for (const [name, start] of Object.entries(SERVERS)) servers[name] = await start();
    const figures = Object.fromEntries(Object.keys(SERVERS).map((name) => [name, {}]));
    for (const route of Object.keys(routes('unused'))) {
      const targets = Object.fromEntries(
        Object.entries(servers).map(([name, server]) => {
          const { path, ...rest } = routes(server.key)[route];
          return [name, { url: `${server.baseUrl}${path}`, ...rest }];
        }),
      );
      for (const [name, figure] of Object.entries(await measureSideBySide(targets))) {
        figures[name][route] = figure;
        log(`  ${name.padEnd(10)} ${route.padEnd(13)} ${String(figure.reqPerSec).padStart(7)} req/s  p99 ${figure.p99Ms} ms  failures ${figure.failures}`);
      }
    }
    return writeRatios(figures);
  } finally {
    for (const server of Object.values(servers)) await stop(server.child);
  }
}

function writeRatios(figures) {
  const ratio = (route, other) => round(figures.reference[route].reqPerSec / figures[other][route].reqPerSec, 2);
  const ratios = {
    getById: { vsPrism: ratio('getById', 'prism'), vsFastifyZod: ratio('getById', 'fastifyZod') },
    validatedPost: { vsPrism: ratio('validatedPost', 'prism'), vsFastifyZod: ratio('validatedPost', 'fastifyZod') },
  };
  writeResult('throughput', { load: LOAD, figures, ratios, targets: { validatedPostVsPrism: 20, validatedPostVsFastifyZod: 0.6 } });
  return { figures, ratios };
}
