/**
 * autocannon, driven programmatically: a warm-up, then measured rounds; each scenario reports the median req/s over
 * the rounds and the median of the rounds' p50 and p99 latencies. Non-2xx answers and socket errors are counted:
 * a fast server that answers errors is not fast.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { BENCH_DIR } from './paths.mjs';
import { median, round } from './stats.mjs';

const autocannon = createRequire(join(BENCH_DIR, 'package.json'))('autocannon');

export const LOAD = { connections: 50, warmupSeconds: 1, roundSeconds: 4, rounds: 5 };

function once(options) {
  return new Promise((resolve, reject) => {
    autocannon({ connections: LOAD.connections, pipelining: 1, ...options }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

/** One scenario: `request` is { url, method, headers, body } or, for a mix, `requests` (autocannon's format). */
export async function measure(options, { rounds = LOAD.rounds, roundSeconds = LOAD.roundSeconds } = {}) {
  await once({ ...options, duration: LOAD.warmupSeconds });
  const results = [];
  for (let i = 0; i < rounds; i += 1) results.push(await once({ ...options, duration: roundSeconds }));
  return summarize(results);
}

/**
 * Several servers on the same scenario, for ratios: each is warmed up, then the measured rounds take turns (A B C,
 * B C A, C A B, …), so a burst of load from elsewhere on this shared machine lands on all of them alike instead of
 * on whichever server happened to be measured at that moment.
 */
export async function measureSideBySide(targets, { rounds = LOAD.rounds, roundSeconds = LOAD.roundSeconds } = {}) {
  const names = Object.keys(targets);
  for (const name of names) await once({ ...targets[name], duration: LOAD.warmupSeconds });
  const results = Object.fromEntries(names.map((name) => [name, []]));
  for (let i = 0; i < rounds; i += 1) {
    const order = [...names.slice(i % names.length), ...names.slice(0, i % names.length)];
    for (const name of order) results[name].push(await once({ ...targets[name], duration: roundSeconds }));
  }
  return Object.fromEntries(names.map((name) => [name, summarize(results[name])]));
}

function summarize(results) {
  const failures = results.reduce((sum, r) => sum + r.non2xx + r.errors + r.timeouts, 0);
  return {
    reqPerSec: round(median(results.map((r) => r.requests.average)), 0),
    reqPerSecRounds: results.map((r) => round(r.requests.average, 0)),
    p50Ms: median(results.map((r) => r.latency.p50)),
    p99Ms: median(results.map((r) => r.latency.p99)),
    requests: results.reduce((sum, r) => sum + r.requests.total, 0),
    failures,
  };
}
