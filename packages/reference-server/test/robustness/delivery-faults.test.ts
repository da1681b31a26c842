/**
 * Webhook faults the delivery tests in test/webhooks do not already cover: a receiver that is down (connection
 * refused, not an error status) for several attempts and comes back on the same port, and a slow receiver with
 * events queued behind the one that timed out. In both, every event arrives exactly once per webhook-id, in order,
 * and nothing is lost. (410 disabling and all-attempts-failed are in test/webhooks/lifecycle.test.ts.)
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyWebhook } from '@integration-pack/core/reevo/webhooks';
import { WORKSPACE, newEvent, newSubscription, receiverWithSubscription, startDispatcher } from '../webhooks/harness';

/** A receiver on a fixed port that accepts every verified delivery with 204 and records its webhook-id. */
function listenOn(port: number, secret: string): Promise<{ server: Server; received: string[] }> {
  const received: string[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, String(value)]));
      verifyWebhook({ payload: body, headers, secret });
      received.push(headers['webhook-id'] ?? '');
      response.writeHead(204).end();
    });
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve({ server, received })));
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

test('a receiver down for three attempts gets every queued event exactly once, in order, once it is back', async () => {
  const port = await freePort();
  const subscription = newSubscription(`http://127.0.0.1:${port}/hook`);
  // Time scale 1: retries are minutes away, so only flush() makes further attempts while the receiver is down.
  const { dispatcher } = startDispatcher({ timeScale: 1 });
  const events = [newEvent('contact.created'), newEvent('contact.updated'), newEvent('account.created')];
  for (const event of events) dispatcher.enqueue(WORKSPACE, subscription, event);
  await dispatcher.idle();
  await dispatcher.flush();
  await dispatcher.flush();

  const down = dispatcher.deliveries();
  expect(down.map((delivery) => delivery.attempts.length)).toEqual([3, 0, 0]);
  expect(down[0]?.attempts.every((attempt) => attempt.status === null && /ECONNREFUSED/.test(attempt.error ?? ''))).toBe(true);

  const { server, received } = await listenOn(port, subscription.secret);
  try {
    await dispatcher.flush();
    const settled = await dispatcher.settle();
    expect(settled.map((delivery) => delivery.state)).toEqual(['delivered', 'delivered', 'delivered']);
    expect(received).toEqual(events.map((event) => event.id));
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

test('an attempt that times out is retried before the events queued behind it, and its late answer does not count', async () => {
  const { receiver, subscription } = await receiverWithSubscription({ respond: (n) => (n === 1 ? { status: 204, delayMs: 60_000 } : 204) });
  const { dispatcher } = startDispatcher({ timeoutMs: 100 });
  const events = [newEvent('account.created'), newEvent('account.updated'), newEvent('contact.created')];
  for (const event of events) dispatcher.enqueue(WORKSPACE, subscription, event);

  const settled = await dispatcher.settle();
  await receiver.close();

  expect(settled.map((delivery) => [delivery.state, delivery.attempts.length])).toEqual([
    ['delivered', 2],
    ['delivered', 1],
    ['delivered', 1],
  ]);
  expect(receiver.requests.map((request) => request.headers['webhook-id'])).toEqual([events[0]?.id, events[0]?.id, events[1]?.id, events[2]?.id]);
  expect(receiver.events.map((event) => event.id)).toEqual(events.map((event) => event.id));
});
