/**
 * Issue 12, finding 5: deliveries to a dead receiver were never pruned (4,000 events: RSS 86 → 224 MB). Now a
 * subscription holds at most `maxPendingPerSubscription` pending deliveries: past it the oldest one waiting behind the
 * head is dropped, and stays in the log saying which limit dropped it and what to do. The log itself keeps at most
 * `maxLogEntries`, pending ones included.
 */
import { createReferenceServer } from '../../src/server';
import { WORKSPACE, newEvent, newSubscription, startDispatcher } from '../webhooks/harness';

/** Nothing listens on port 9 of loopback (discard, never served here): every attempt is refused at once. */
const DEAD_RECEIVER = 'http://127.0.0.1:9/hook';

test('a dead receiver’s queue stops at the limit: the oldest waiting deliveries are dropped, saying why', async () => {
  // Time scale 1: after its refused first attempt the head waits 5 s for a retry, so everything else queues.
  const { dispatcher } = startDispatcher({ timeScale: 1, maxPendingPerSubscription: 3 });
  const subscription = newSubscription(DEAD_RECEIVER);
  const events = Array.from({ length: 10 }, () => newEvent());
  for (const event of events) dispatcher.enqueue(WORKSPACE, subscription, event);
  await dispatcher.idle();

  const log = dispatcher.deliveries();
  const pending = log.filter((delivery) => delivery.state === 'pending');
  expect(pending.map((delivery) => delivery.eventId)).toEqual([events[0]?.id, events[8]?.id, events[9]?.id]);
  // The head keeps its place and its retry schedule, so the subscription is still disabled once every retry fails.
  expect(pending[0]?.attempts).toHaveLength(1);
  const dropped = log.filter((delivery) => delivery.state === 'failed');
  expect(dropped.map((delivery) => delivery.eventId)).toEqual(events.slice(1, 8).map((event) => event.id));
  for (const delivery of dropped) {
    expect(delivery.attempts).toEqual([]);
    expect(delivery.failureReason).toMatch(/^Dropped without being sent: subscription sub_test_\d+ already had 3 deliveries pending, the reference server's limit per subscription \(pending_deliveries_per_subscription\).*fix it, then flush/);
  }
});

test('each subscription has its own limit: a dead receiver does not drop another subscription’s deliveries', async () => {
  const { dispatcher } = startDispatcher({ timeScale: 1, maxPendingPerSubscription: 2 });
  const dead = newSubscription(DEAD_RECEIVER);
  const other = newSubscription('http://127.0.0.1:9/other');
  for (let i = 0; i < 5; i += 1) dispatcher.enqueue(WORKSPACE, dead, newEvent());
  dispatcher.enqueue(WORKSPACE, other, newEvent());
  await dispatcher.idle();

  const pendingOf = (id: string) => dispatcher.deliveries({ subscriptionId: id }).filter((delivery) => delivery.state === 'pending').length;
  expect(pendingOf(dead.id)).toBe(2);
  expect(pendingOf(other.id)).toBe(1);
});

test('the log keeps at most maxLogEntries deliveries, pending ones included', async () => {
  const { dispatcher } = startDispatcher({ timeScale: 1, maxLogEntries: 5, maxPendingPerSubscription: 100 });
  const subscriptions = [newSubscription(DEAD_RECEIVER), newSubscription('http://127.0.0.1:9/second')];
  for (let i = 0; i < 8; i += 1) for (const subscription of subscriptions) dispatcher.enqueue(WORKSPACE, subscription, newEvent());
  await dispatcher.idle();

  const log = dispatcher.deliveries();
  expect(log).toHaveLength(5);
  // The newest stay; each subscription's head went first only because nothing finished was left to drop.
  expect(log.map((delivery) => delivery.id)).toEqual(['dlv_000012', 'dlv_000013', 'dlv_000014', 'dlv_000015', 'dlv_000016']);
});

test('the server gives its limit to the delivery worker: 12 events for a dead receiver leave 4 pending, 8 dropped', async () => {
  const server = await createReferenceServer({ seed: null, timeScale: 1, limits: { pendingDeliveriesPerSubscription: 4 } });
  try {
    const workspace = server.runtime.createWorkspace({ seed: 'empty' });
    const key = server.runtime.createKey({ workspaceId: workspace.id, name: 'qa', permissions: ['accounts:write', 'webhooks:write'] }).key;
    const send = (url: string, payload: unknown) =>
      server.app.inject({ method: 'POST', url, headers: { 'x-api-key': key, 'content-type': 'application/json' }, payload: JSON.stringify(payload) });
    expect((await send('/api/v1/public/webhooks', { url: DEAD_RECEIVER, events: ['account.created'] })).statusCode).toBe(201);
    for (let i = 0; i < 12; i += 1) expect((await send('/api/v1/public/accounts', { name: `Account ${i}` })).statusCode).toBe(200);
    await server.runtime.webhooks.idle();

    const states = server.runtime.webhooks.deliveries({ workspaceId: workspace.id }).map((delivery) => delivery.state);
    expect(states.filter((state) => state === 'pending')).toHaveLength(4);
    expect(states.filter((state) => state === 'failed')).toHaveLength(8);
  } finally {
    await server.close();
  }
});
