/**
 * Issue 12, finding 7: flush waited until every slow but healthy queue had drained (8 events at 2 s each: 15.8 s).
 * Now it makes one attempt for the head of every subscription's queue, all at once, and resolves when those end;
 * the deliveries behind a delivered head follow it in order without flush waiting for them. No timing is asserted:
 * a receiver that holds its answers until released shows what is in flight when flush resolves.
 */
import { createReferenceServer } from '../../src/server';
import { WORKSPACE, newEvent, newSubscription, startDispatcher } from '../webhooks/harness';
import { startHeldReceiver, type HeldReceiver } from './held-receiver';

const receivers: HeldReceiver[] = [];
afterEach(async () => {
  for (const receiver of receivers.splice(0)) {
    receiver.release();
    await receiver.close();
  }
});

async function heldReceiver(answer: (n: number) => number | 'hold') {
  const receiver = await startHeldReceiver(answer);
  receivers.push(receiver);
  return { receiver, subscription: newSubscription(receiver.url) };
}

test('flush resolves once each queue’s head is attempted, while the slow receiver still holds the next delivery', async () => {
  // 1st attempt fails (a retry 5 s away at time scale 1), the flushed retry succeeds, every later one is held.
  const { receiver, subscription } = await heldReceiver((n) => (n === 1 ? 500 : n === 2 ? 204 : 'hold'));
  const { dispatcher } = startDispatcher({ timeScale: 1 });
  const events = [newEvent('contact.created'), newEvent('contact.updated'), newEvent('account.created')];
  for (const event of events) dispatcher.enqueue(WORKSPACE, subscription, event);
  await dispatcher.idle();

  const flushed = await dispatcher.flush();

  expect(flushed.map((delivery) => [delivery.eventId, delivery.state])).toEqual([[events[0]?.id, 'delivered']]);
  await receiver.arrivals(3);
  // The second event's attempt is at the receiver (an attempt is logged when it ends); the third waits behind it.
  expect(receiver.held).toBe(1);
  expect(dispatcher.deliveries().map((delivery) => [delivery.state, delivery.attempts.length])).toEqual([
    ['delivered', 2],
    ['pending', 0],
    ['pending', 0],
  ]);

  receiver.release();
  await receiver.arrivals(4);
  receiver.release();
  const settled = await dispatcher.settle();
  expect(settled.map((delivery) => delivery.state)).toEqual(['delivered', 'delivered', 'delivered']);
  expect(receiver.arrived).toEqual([events[0]?.id, events[0]?.id, events[1]?.id, events[2]?.id]);
});

test('flush attempts the heads of all queues at the same time, not one queue after another', async () => {
  const slow = await Promise.all([1, 2, 3].map(() => heldReceiver((n) => (n === 1 ? 500 : 'hold'))));
  const { dispatcher } = startDispatcher({ timeScale: 1 });
  for (const { subscription } of slow) dispatcher.enqueue(WORKSPACE, subscription, newEvent());
  await dispatcher.idle();

  const flushing = dispatcher.flush();
  // Every receiver holds a flushed attempt before any is released: they are in flight together.
  await Promise.all(slow.map(({ receiver }) => receiver.arrivals(2)));
  expect(slow.map(({ receiver }) => receiver.held)).toEqual([1, 1, 1]);
  for (const { receiver } of slow) receiver.release();

  expect((await flushing).map((delivery) => delivery.state)).toEqual(['delivered', 'delivered', 'delivered']);
});

test('the admin flush answers the deliveries it attempted, not the whole log', async () => {
  const server = await createReferenceServer({ seed: null, timeScale: 1 });
  try {
    const { receiver, subscription } = await heldReceiver((n) => (n === 1 ? 500 : 204));
    const workspace = server.runtime.createWorkspace({ seed: 'empty' });
    for (let i = 0; i < 3; i += 1) server.runtime.webhooks.enqueue(workspace.id, subscription, newEvent());
    await server.runtime.webhooks.idle();

    const answer = await server.app.inject({ method: 'POST', url: '/__admin/webhooks/flush' });

    expect(answer.statusCode).toBe(200);
    expect((answer.json() as Array<{ id: string; state: string }>).map((delivery) => [delivery.id, delivery.state])).toEqual([['dlv_000001', 'delivered']]);
    await server.runtime.webhooks.settle();
    expect(receiver.arrived).toHaveLength(4);
  } finally {
    await server.close();
  }
});
