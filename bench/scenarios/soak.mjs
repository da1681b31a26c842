/**
 * Soak: a mixed workload of the catalog's example requests (reads, searches, creates, updates, a stage shift) at 50
 * connections for 60 s against one reference server, with a dead webhook receiver (a loopback port nobody listens
 * on) subscribed to every event, so every event the workload causes queues for a receiver that never answers. It
 * must see no error at all; the server's memory after a full GC is sampled before and after, and every 10 s, with
 * what it holds then (records, logged and pending deliveries), and the growth is reported: creates add records by
 * design, while the dead receiver's deliveries must stay within their limits.
 */
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ask, forkServer, stop } from '../support/children.mjs';
import { measure } from '../support/load.mjs';
import { BENCH_DIR, paths, requireFromRepo } from '../support/paths.mjs';
import { round } from '../support/stats.mjs';
import { writeResult } from '../support/results.mjs';

const { operations, EVENT_TYPES } = requireFromRepo(paths.catalog);

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

/** A loopback port that was free a moment ago and that nothing listens on: connections to it are refused. */
async function deadPort() {
  const probe = createServer();
  await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Subscribes a receiver that is down to every event type, as a QA user whose receiver crashed would leave it. */
async function subscribeDeadReceiver(server) {
  const url = `http://127.0.0.1:${await deadPort()}/hook`;
  const answer = await fetch(`${server.baseUrl}/api/v1/public/webhooks?payload_type=json`, {
    method: 'POST',
    headers: { 'x-api-key': server.key, 'content-type': 'application/json' },
    body: JSON.stringify({ url, events: EVENT_TYPES, description: 'soak: a receiver that is down' }),
  });
  if (answer.status !== 201) throw new Error(`Subscribing the dead receiver answered ${answer.status}: ${await answer.text()}`);
  return url;
}

const sample = (m) => ({ rssMb: mb(m.rss), heapUsedMb: mb(m.heapUsed), records: m.records, deliveriesLogged: m.deliveriesLogged, deliveriesPending: m.deliveriesPending });

export async function runSoak(log = console.log) {
  const server = await forkServer(join(BENCH_DIR, 'servers/reference.mjs'), [], { execArgv: ['--expose-gc'] });
  try {
    const requests = MIX.map((id) => exampleRequest(operations.find((operation) => operation.operationId === id), server.key));
    const deadReceiver = await subscribeDeadReceiver(server);
    const before = await ask(server.child, 'memory');
    const samples = [];
    const sampler = setInterval(() => void ask(server.child, 'memory').then((m) => samples.push(sample(m))), 10_000);
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
      deadReceiver,
      memory: {
        before: sample(before),
        after: sample(after),
        heapGrowthMb: mb(after.heapUsed - before.heapUsed),
        rssGrowthMb: mb(after.rss - before.rss),
        heapBytesPerRequest: round((after.heapUsed - before.heapUsed) / result.requests, 0),
        samples,
      },
    };
    log(`  ${figures.requests} requests in ${SECONDS} s (${figures.reqPerSec} req/s, p99 ${figures.p99Ms} ms), errors ${figures.errors}; heap ${figures.memory.before.heapUsedMb} → ${figures.memory.after.heapUsedMb} MB (+${figures.memory.heapGrowthMb} MB, ${figures.memory.heapBytesPerRequest} B/request), rss +${figures.memory.rssGrowthMb} MB`);
    log(`  held at the end: ${after.records} records; deliveries to the dead receiver ${after.deliveriesLogged} in the log, ${after.deliveriesPending} pending`);
    for (const [index, s] of samples.entries()) log(`    ${(index + 1) * 10} s: heap ${s.heapUsedMb} MB, rss ${s.rssMb} MB, ${s.records} records, ${s.deliveriesLogged} deliveries logged, ${s.deliveriesPending} pending`);
    writeResult('soak', figures);
    return figures;
  } finally {
    await stop(server.child);
  }
}
