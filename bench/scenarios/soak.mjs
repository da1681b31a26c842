/**
 * Soak: a mixed workload of the catalog's example requests (reads, searches, creates, updates, a stage shift) at 50
 * connections for 60 s against one reference server. It must see no error at all; the server's memory after a full
 * GC is sampled before and after, and every 10 s, and the growth is reported (creates add records by design).
 */
import { join } from 'node:path';
import { ask, forkServer, stop } from '../support/children.mjs';
import { measure } from '../support/load.mjs';
import { BENCH_DIR, paths, requireFromRepo } from '../support/paths.mjs';
import { round } from '../support/stats.mjs';
import { writeResult } from '../support/results.mjs';

const { operations } = requireFromRepo(paths.catalog);

const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
/** Operations in the mix, by id; each sends its first catalog example. Creates and updates are about a third. */
const MIX = ['getAccount', 'getContact', 'getOpportunity', 'searchAccounts', 'searchContacts', 'searchOpportunities', 'retrieveAccountAndContacts', 'listWebhooks', 'createAccount', 'updateAccount', 'upsertAccountContact', 'createTask', 'logManualActivity', 'updateOpportunity'];

function exampleRequest(operation, key) {
  const { params = {}, query = {}, body } = operation.examples[0].request;
  const path = operation.path.replace(/\{([^}]+)\}/g, (_match, name) => encodeURIComponent(params[name]));
  const search = new URLSearchParams({ ...query, payload_type: 'json' });
  return {
    method: operation.method,
    path: `${path}?${search}`,
    headers: { 'x-api-key': key, ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  };
}

const mb = (bytes) => round(bytes / 2 ** 20, 1);

export async function runSoak(log = console.log) {
  const server = await forkServer(join(BENCH_DIR, 'servers/reference.mjs'), [], { execArgv: ['--expose-gc'] });
  try {
    const requests = MIX.map((id) => exampleRequest(operations.find((operation) => operation.operationId === id), server.key));
    const before = await ask(server.child, 'memory');
    const samples = [];
    const sampler = setInterval(() => void ask(server.child, 'memory').then((m) => samples.push({ rssMb: mb(m.rss), heapUsedMb: mb(m.heapUsed) })), 10_000);
    const result = await measure({ url: server.baseUrl, requests }, { rounds: 1, roundSeconds: SECONDS });
    clearInterval(sampler);
    const after = await ask(server.child, 'memory');
    const figures = {
      seconds: SECONDS,
      connections: 50,
      operations: MIX,
      requests: result.requests,
      reqPerSec: result.reqPerSec,
      p99Ms: result.p99Ms,
      errors: result.failures,
      memory: {
        before: { rssMb: mb(before.rss), heapUsedMb: mb(before.heapUsed) },
        after: { rssMb: mb(after.rss), heapUsedMb: mb(after.heapUsed) },
        heapGrowthMb: mb(after.heapUsed - before.heapUsed),
        rssGrowthMb: mb(after.rss - before.rss),
        heapBytesPerRequest: round((after.heapUsed - before.heapUsed) / result.requests, 0),
        samples,
      },
    };
    log(`  ${figures.requests} requests in ${SECONDS} s (${figures.reqPerSec} req/s, p99 ${figures.p99Ms} ms), errors ${figures.errors}; heap ${figures.memory.before.heapUsedMb} → ${figures.memory.after.heapUsedMb} MB (+${figures.memory.heapGrowthMb} MB, ${figures.memory.heapBytesPerRequest} B/request), rss +${figures.memory.rssGrowthMb} MB`);
    writeResult('soak', figures);
    return figures;
  } finally {
    await stop(server.child);
  }
}
