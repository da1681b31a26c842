import { WORKSPACE, newEvent, receiverWithSubscription, startDispatcher } from './harness';

describe('delivery order and flush', () => {
  it('holds a subscription’s next event until the one before it is delivered, while other subscriptions go on', async () => {
    let firstReceiverUp = false;
    const first = await receiverWithSubscription({ respond: () => (firstReceiverUp ? 204 : 500) });
    const second = await receiverWithSubscription();
    // At scale 1 the next retry is 5 s away, so only flush() makes further attempts during the test.
    const { dispatcher } = startDispatcher({ timeScale: 1 });
    const a = newEvent('contact.created');
    const b = newEvent('contact.updated');
    const c = newEvent('account.created');

    dispatcher.enqueue(WORKSPACE, first.subscription, a);
    dispatcher.enqueue(WORKSPACE, first.subscription, b);
    dispatcher.enqueue(WORKSPACE, second.subscription, c);
    await second.receiver.waitFor('account.created');
    await dispatcher.idle();

    const stateOf = () => dispatcher.deliveries({ subscriptionId: first.subscription.id }).map((d) => [d.eventId, d.state, d.attempts.length]);
    expect(stateOf()).toEqual([
      [a.id, 'pending', 1],
      [b.id, 'pending', 0],
    ]);
    expect(dispatcher.deliveries({ subscriptionId: first.subscription.id })[1]?.nextAttemptAt).toBeNull();

    await dispatcher.flush();
    expect(stateOf()).toEqual([
      [a.id, 'pending', 2],
      [b.id, 'pending', 0],
    ]);

    firstReceiverUp = true;
    const flushed = await dispatcher.flush();
    // flush attempts the head of each queue; b follows a at once, without flush waiting for it.
    expect(flushed.map((delivery) => [delivery.eventId, delivery.state])).toEqual([[a.id, 'delivered']]);
    await dispatcher.settle();
    expect(stateOf()).toEqual([
      [a.id, 'delivered', 3],
      [b.id, 'delivered', 1],
    ]);
    expect(first.receiver.requests.map((request) => request.headers['webhook-id'])).toEqual([a.id, a.id, a.id, b.id]);
    expect(first.receiver.events.map((event) => event.id)).toEqual([a.id, b.id]);
  });

  it('flush makes a retry that is not yet due now', async () => {
    const { receiver, subscription } = await receiverWithSubscription({ respond: (n) => (n === 1 ? 503 : 204) });
    const { dispatcher } = startDispatcher({ timeScale: 1 });

    dispatcher.enqueue(WORKSPACE, subscription, newEvent());
    await dispatcher.idle();
    expect(dispatcher.deliveries()[0]).toMatchObject({ state: 'pending', nextAttemptAt: expect.any(String) });

    await dispatcher.flush();

    expect(dispatcher.deliveries()[0]).toMatchObject({ state: 'delivered', nextAttemptAt: null });
    expect(receiver.events).toHaveLength(1);
  });

  it('flush on an idle dispatcher makes no attempt', async () => {
    const { receiver, subscription } = await receiverWithSubscription();
    const { dispatcher } = startDispatcher();

    dispatcher.enqueue(WORKSPACE, subscription, newEvent());
    await dispatcher.settle();
    await dispatcher.flush();

    expect(receiver.requests).toHaveLength(1);
  });
});
