/**
 * Reeve's inbound webhooks end to end: a provider's delivery (Shopify, Stripe or GitHub, signed by its own scheme:
 * Stripe's and GitHub's own libraries, Shopify's HMAC with node:crypto) is posted to the connection's webhook URL,
 * verified by the server, stored as a SystemEvent and delivered to a subscriber signed the Standard Webhooks way.
 * Latency runs from the moment the provider's signed POST is sent to the moment the delivery reaches a loopback
 * receiver, at a steady 200 deliveries/s (open loop), one provider at a time, after a warm-up. Reevo's webhook latency
 * (webhook-latency.mjs) starts at the mutation's answer instead; here the server may hand the event to its dispatcher
 * before it answers the provider, so a delivery can arrive before that answer, and only the send is a fair start.
 * Reevo's Create Account → account.created delivery runs in the same run on the same server, timed the same way (from
 * the send), as the peer: on this shared machine only figures of one run compare. Every delivery is verified
 * afterwards with `standardwebhooks`.
 */
import { createHmac, randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { sign as gitHubSign } from '@octokit/webhooks-methods';
import { forkServer, stop } from '../support/children.mjs';
import { BENCH_DIR, requireFromRepo } from '../support/paths.mjs';
import { openLoop, startReceiver } from '../support/receiver.mjs';
import { connectWithKey, oauthDance, reeveUser, subscribe, webhookOf } from '../support/reeve.mjs';
import { writeResult } from '../support/results.mjs';
import { percentile, round } from '../support/stats.mjs';

const Stripe = requireFromRepo('stripe');
const { Webhook } = requireFromRepo('standardwebhooks');

const RATE_PER_SECOND = Number(process.env.BENCH_WEBHOOK_RATE ?? 200);
const SECONDS = 5;
/** Deliveries sent first at the same rate and left out of the figures: they pay for JIT compilation and connection setup. */
const WARMUP_DELIVERIES = 200;
const DRAIN_TIMEOUT_MS = 10_000;
/** Each source is measured in this many rounds, the order reversed every other round, so none is always first. */
const ROUNDS = 2;

/**
 * A source of events: `setup` connects it (for a provider, a fresh user and connection) and subscribes the receiver's
 * URL; `request(seq)` is the signed request that makes event number `seq`; `seqOf` finds that number in a delivery.
 */
function providerSource(name, { connect, event, sign, seqOf }) {
  return {
    async setup(server, url) {
      const user = await reeveUser(server, name);
      await connect(server, user);
      const hook = await webhookOf(server, user.id, name);
      const { secret } = await subscribe(server, user.token, url, [event]);
      return { secret, request: async (seq) => ({ url: hook.url, ...(await sign(hook.secret, seq)) }) };
    },
    seqOf,
  };
}

const SOURCES = {
  shopify: providerSource('shopify', {
    connect: (server, user) => oauthDance(server, user.token, 'shopify', { shop: 'bench-shop.myshopify.com' }),
    event: 'shopify.order.created',
    async sign(secret, seq) {
      const body = JSON.stringify({ id: seq, name: `#${seq}`, total_price: '10.00', bench_seq: seq });
      const headers = {
        'x-shopify-hmac-sha256': createHmac('sha256', secret).update(body).digest('base64'),
        'x-shopify-topic': 'orders/create',
        'x-shopify-shop-domain': 'bench-shop.myshopify.com',
        'x-shopify-webhook-id': randomUUID(),
        'x-shopify-api-version': '2026-01',
        'x-shopify-triggered-at': new Date().toISOString(),
      };
      return { body, headers };
    },
    seqOf: (data) => data.bench_seq,
  }),
  stripe: providerSource('stripe', {
    connect: (server, user) => connectWithKey(server, user.token, 'stripe', `sk_live_${'b'.repeat(24)}`),
    event: 'stripe.payment.succeeded',
    async sign(secret, seq) {
      const body = JSON.stringify({ id: `evt_bench_${seq}_${randomUUID().slice(0, 8)}`, object: 'event', type: 'payment_intent.succeeded', data: { object: { id: `pi_${seq}`, object: 'payment_intent', amount: 1000, bench_seq: seq } } });
      return { body, headers: { 'stripe-signature': Stripe.webhooks.generateTestHeaderString({ payload: body, secret }) } };
    },
    seqOf: (data) => data.data.object.bench_seq,
  }),
  github: providerSource('github', {
    connect: (server, user) => oauthDance(server, user.token, 'github'),
    event: 'github.push',
    async sign(secret, seq) {
      const body = JSON.stringify({ ref: 'refs/heads/main', repository: { full_name: 'bench/repo' }, bench_seq: seq });
      return { body, headers: { 'x-hub-signature-256': await gitHubSign(secret, body), 'x-github-event': 'push', 'x-github-delivery': randomUUID(), 'x-github-hook-id': '1' } };
    },
    seqOf: (data) => data.bench_seq,
  }),
  /** The peer in the same run: Reevo's Create Account and its account.created delivery, timed the same way. */
  reevo: {
    async setup(server, url) {
      const headers = { 'x-api-key': server.key };
      const created = await fetch(`${server.baseUrl}/api/v1/public/webhooks?payload_type=json`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ url, events: ['account.created'] }) });
      const { secret } = await created.json();
      return { secret, request: async (seq) => ({ url: `${server.baseUrl}/api/v1/public/accounts?payload_type=json`, headers, body: JSON.stringify({ name: `Bench ${seq}` }) }) };
    },
    seqOf: (data) => Number(data.name.split(' ')[1]),
  },
};

/** A source set up against its own receiver and warmed up: each `measure()` then sends one round at the rate and answers its samples. */
async function prepare(server, source) {
  const receiver = await startReceiver();
  const { secret, request } = await source.setup(server, receiver.url(0)).catch(async (error) => {
    await receiver.close();
    throw error;
  });
  let next = 0;
  const sendAtRate = async (count) => {
    const sent = new Map();
    let refused = 0;
    const rate = await openLoop(count, RATE_PER_SECOND, async () => {
      const seq = (next += 1);
      const { url, headers, body } = await request(seq);
      const sentAt = performance.now();
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
      await response.arrayBuffer();
      if (response.ok) sent.set(seq, sentAt);
      else refused += 1;
    });
    return { sent, rate, refused };
  };
  await sendAtRate(WARMUP_DELIVERIES);
  await receiver.drain(WARMUP_DELIVERIES, DRAIN_TIMEOUT_MS);

  async function measure() {
    receiver.arrivals.length = 0;
    const total = (RATE_PER_SECOND * SECONDS) / ROUNDS;
    const { sent, rate, refused } = await sendAtRate(total);
    await receiver.drain(total - refused, DRAIN_TIMEOUT_MS);

    const verifier = new Webhook(secret);
    const arrivedAt = new Map();
    let badSignatures = 0;
    for (const arrival of receiver.arrivals) {
      try {
        verifier.verify(arrival.body, arrival.headers);
      } catch {
        badSignatures += 1;
      }
      arrivedAt.set(source.seqOf(JSON.parse(arrival.body).data), arrival.at);
    }
    const latencies = [...sent].filter(([seq]) => arrivedAt.has(seq)).map(([seq, at]) => arrivedAt.get(seq) - at);
    return { deliveries: total, rate, refused, delivered: receiver.arrivals.length, badSignatures, latencies };
  }
  return { measure, close: () => receiver.close() };
}

/** One source's rounds as one figure: counts summed, percentiles over every latency of every round. */
function pooled(measured) {
  const sum = (field) => measured.reduce((total, one) => total + one[field], 0);
  const latencies = measured.flatMap((one) => one.latencies);
  return {
    deliveries: sum('deliveries'),
    achievedPerSec: round(Math.min(...measured.map((one) => one.rate)), 1),
    refused: sum('refused'),
    delivered: sum('delivered'),
    lost: sum('deliveries') - sum('refused') - sum('delivered'),
    badSignatures: sum('badSignatures'),
    p50Ms: round(percentile(latencies, 50), 2),
    p99Ms: round(percentile(latencies, 99), 2),
    maxMs: round(Math.max(...latencies), 2),
  };
}

export async function runReeveWebhookLatency(log = console.log) {
  const loadBefore = loadavg()[0];
  const server = await forkServer(join(BENCH_DIR, 'servers/reference.mjs'));
  try {
    // Every source is warmed up before any is measured: the first to run would otherwise pay for the server's warm-up.
    const prepared = {};
    for (const [name, source] of Object.entries(SOURCES)) prepared[name] = await prepare(server, source);
    const rounds = Object.fromEntries(Object.keys(prepared).map((name) => [name, []]));
    try {
      for (let n = 0; n < ROUNDS; n += 1) {
        const order = n % 2 === 0 ? Object.keys(prepared) : Object.keys(prepared).reverse();
        for (const name of order) rounds[name].push(await prepared[name].measure());
      }
    } finally {
      await Promise.all(Object.values(prepared).map(({ close }) => close()));
    }
    const figures = Object.fromEntries(Object.entries(rounds).map(([name, measured]) => [name, pooled(measured)]));
    for (const [name, figure] of Object.entries(figures)) {
      log(`  ${name.padEnd(8)} p50 ${figure.p50Ms} ms, p99 ${figure.p99Ms} ms at ${figure.achievedPerSec} deliveries/s, ${figure.delivered} delivered, ${figure.refused} refused, ${figure.lost} lost, ${figure.badSignatures} bad signatures`);
    }
    const { reevo, ...providers } = figures;
    // The machine is shared: its 1-minute load average before and after says how far to trust the figures.
    writeResult('reeve-webhook-latency', { ratePerSecond: RATE_PER_SECOND, seconds: SECONDS, rounds: ROUNDS, providers, reevoPeer: reevo, loadAverage: { before: loadBefore, after: loadavg()[0] } });
    return figures;
  } finally {
    await stop(server.child);
  }
}
