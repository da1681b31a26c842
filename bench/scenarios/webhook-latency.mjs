/**
 * Webhook latency: from the moment a mutation's response arrives to the moment its signed delivery reaches a
 * loopback receiver, at a steady 200 events/s (open loop: a Create Account every 5 ms whatever the answers do),
 * first with one subscription, then fanned out to 10. Every delivery's signature is verified after the run.
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { forkServer, stop } from '../support/children.mjs';
import { openLoop, startReceiver } from '../support/receiver.mjs';
import { BENCH_DIR, paths, requireFromRepo } from '../support/paths.mjs';
import { percentile, round } from '../support/stats.mjs';
import { writeResult } from '../support/results.mjs';

const { verifyWebhook } = requireFromRepo(paths.webhooks);

const RATE_PER_SECOND = Number(process.env.BENCH_WEBHOOK_RATE ?? 200);
const SECONDS = 5;
/** Events sent first at the same rate and left out of the figures: they pay for JIT compilation and connection setup. */
const WARMUP_EVENTS = 200;
const DRAIN_TIMEOUT_MS = 10_000;

async function api(server, method, path, body) {
  const response = await fetch(`${server.baseUrl}${path}`, { method, headers: { 'x-api-key': server.key, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const answeredAt = performance.now();
  return { status: response.status, body: await response.json(), answeredAt };
}

async function runOnce(subscriptions) {
  const server = await forkServer(join(BENCH_DIR, 'servers/reference.mjs'));
  const receiver = await startReceiver();
  try {
    const secrets = new Map();
    for (let n = 0; n < subscriptions; n += 1) {
      const created = await api(server, 'POST', '/api/v1/public/webhooks?payload_type=json', { url: receiver.url(n), events: ['account.created'] });
      secrets.set(`/hook/${n}`, created.body.secret);
    }
    const sendAtRate = async (count, label) => {
      const answered = new Map();
      const rate = await openLoop(count, RATE_PER_SECOND, (i) =>
        api(server, 'POST', '/api/v1/public/accounts?payload_type=json', { name: `${label} ${i}` }).then((answer) => answered.set(answer.body.id, answer.answeredAt)),
      );
      return { answered, rate };
    };
    const drain = (expected) => receiver.drain(expected, DRAIN_TIMEOUT_MS);
    await sendAtRate(WARMUP_EVENTS, 'Warm-up');
    await drain(WARMUP_EVENTS * subscriptions);
    receiver.arrivals.length = 0;

    const total = RATE_PER_SECOND * SECONDS;
    const { answered, rate: achievedRate } = await sendAtRate(total, 'Latency');
    await drain(total * subscriptions);

    const lastArrival = new Map();
    let badSignatures = 0;
    for (const arrival of receiver.arrivals) {
      try {
        verifyWebhook({ payload: arrival.body, headers: arrival.headers, secret: secrets.get(arrival.path) });
      } catch {
        badSignatures += 1;
      }
      const id = JSON.parse(arrival.body).data.id;
      lastArrival.set(id, Math.max(lastArrival.get(id) ?? 0, arrival.at));
    }
    const latencies = [...answered].filter(([id]) => lastArrival.has(id)).map(([id, at]) => lastArrival.get(id) - at);
    return {
      subscriptions,
      events: total,
      achievedEventsPerSec: round(achievedRate, 1),
      deliveries: receiver.arrivals.length,
      lost: total * subscriptions - receiver.arrivals.length,
      badSignatures,
      p50Ms: round(percentile(latencies, 50), 2),
      p99Ms: round(percentile(latencies, 99), 2),
      maxMs: round(Math.max(...latencies), 2),
    };
  } finally {
    await receiver.close();
    await stop(server.child);
  }
}

export async function runWebhookLatency(log = console.log) {
  const single = await runOnce(1);
  log(`  1 subscription:   p50 ${single.p50Ms} ms, p99 ${single.p99Ms} ms at ${single.achievedEventsPerSec} events/s, ${single.deliveries} delivered, ${single.lost} lost, ${single.badSignatures} bad signatures`);
  const fanOut = await runOnce(10);
  log(`  10 subscriptions: p50 ${fanOut.p50Ms} ms, p99 ${fanOut.p99Ms} ms (to the last of 10) at ${fanOut.achievedEventsPerSec} events/s, ${fanOut.deliveries} delivered, ${fanOut.lost} lost, ${fanOut.badSignatures} bad signatures`);
  writeResult('webhook-latency', { ratePerSecond: RATE_PER_SECOND, seconds: SECONDS, single, fanOut, target: { p99Ms: 20 } });
  return { single, fanOut };
}
