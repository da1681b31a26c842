/**
 * The reference server as a benchmark child: the built bundle, seeded with the demo workspace, on 127.0.0.1:0.
 * Args: [timeScale]. Answers IPC `memory` with its heap after a full GC (when forked with --expose-gc), and what it
 * holds then: records and webhook deliveries (logged, pending).
 */
import { paths, requireFromRepo } from '../support/paths.mjs';

const { createReferenceServer } = requireFromRepo(paths.referenceServer);
const timeScale = Number(process.argv[2] ?? 1);
// Benchmarks measure speed, not limits: the throughput run creates about 90,000 accounts in one workspace, past the
// default of 10,000 records of a kind (packages/reference-server/README.md, limits).
const server = await createReferenceServer({ seed: 'demo', timeScale, limits: { recordsPerKind: 10_000_000 } });
const baseUrl = await server.listen({ host: '127.0.0.1', port: 0 });
const key = server.seeded.keys.find((demo) => demo.name === 'Demo Full Access').key;

process.on('message', (message) => {
  if (message?.type !== 'memory') return;
  globalThis.gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  process.send({ type: 'memory', rss, heapUsed, ...holdings() });
});

function holdings() {
  const state = server.seeded.workspace.state;
  const records = ['accounts', 'contacts', 'opportunities', 'tasks', 'activities', 'enrollments'].reduce((sum, kind) => sum + state[kind].size, 0);
  const deliveries = server.runtime.webhooks.deliveries();
  return { records, deliveriesLogged: deliveries.length, deliveriesPending: deliveries.filter((delivery) => delivery.state === 'pending').length };
}
process.once('SIGTERM', () => void server.close().then(() => process.exit(0)));
process.send({ port: Number(new URL(baseUrl).port), key });
