/**
 * The reference server as a benchmark child: the built bundle, seeded with the demo workspace, on 127.0.0.1:0.
 * Args: [timeScale]. Answers IPC `memory` with its heap after a full GC (when forked with --expose-gc).
 */
import { paths, requireFromRepo } from '../support/paths.mjs';

const { createReferenceServer } = requireFromRepo(paths.referenceServer);
const timeScale = Number(process.argv[2] ?? 1);
const server = await createReferenceServer({ seed: 'demo', timeScale });
const baseUrl = await server.listen({ host: '127.0.0.1', port: 0 });
const key = server.seeded.keys.find((demo) => demo.name === 'Demo Full Access').key;

process.on('message', (message) => {
  if (message?.type !== 'memory') return;
  globalThis.gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  process.send({ type: 'memory', rss, heapUsed });
});
process.once('SIGTERM', () => void server.close().then(() => process.exit(0)));
process.send({ port: Number(new URL(baseUrl).port), key });
