/** A webhook receiver for the benchmarks: one HTTP server on 127.0.0.1 with a path per subscription; records when each delivery arrived. */
import { createServer } from 'node:http';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

export async function startReceiver() {
  const arrivals = [];
  const server = createServer((request, response) => {
    const at = performance.now();
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      arrivals.push({ at, path: request.url, headers: request.headers, body });
      response.writeHead(204).end();
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    arrivals,
    url: (n) => `http://127.0.0.1:${server.address().port}/hook/${n}`,
    /** Waits until `expected` deliveries have arrived, or `timeoutMs` has passed. */
    async drain(expected, timeoutMs) {
      const deadline = performance.now() + timeoutMs;
      while (arrivals.length < expected && performance.now() < deadline) await sleep(20);
    },
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }),
  };
}

/**
 * Calls `fire(i)` `count` times at `ratePerSecond`, open loop (on schedule whatever the answers do); waits for every
 * answer, and answers the rate achieved.
 */
export async function openLoop(count, ratePerSecond, fire) {
  const pending = [];
  const start = performance.now();
  for (let i = 0; i < count; i += 1) {
    const wait = start + (i * 1000) / ratePerSecond - performance.now();
    if (wait > 1) await sleep(wait);
    pending.push(fire(i));
  }
  await Promise.all(pending);
  return count / ((performance.now() - start) / 1000);
}
