import { WebhookDispatchError } from '../../src/webhooks';
import { WORKSPACE, newEvent, newSubscription, receiverWithSubscription, startDispatcher } from './harness';

const FROZEN = new Date('2026-11-23T10:00:00.000Z');
const secondsAfterFrozen = (seconds: number) => new Date(FROZEN.getTime() + seconds * 1000).toISOString();

describe('disabling a subscription', () => {
  it('disables at once on 410 and drops what was queued behind', async () => {
    const { receiver, subscription } = await receiverWithSubscription({ respond: () => 410 });
    const { dispatcher, disabled } = startDispatcher();

    dispatcher.enqueue(WORKSPACE, subscription, newEvent());
    dispatcher.enqueue(WORKSPACE, subscription, newEvent());
    const [gone, queued] = await dispatcher.settle();

    expect(gone).toMatchObject({ state: 'failed', failureReason: expect.stringContaining('410') });
    expect(gone?.attempts).toHaveLength(1);
    expect(queued).toMatchObject({ state: 'failed', attempts: [], failureReason: expect.stringContaining('subscription was disabled') });
    expect(disabled).toEqual([{ workspaceId: WORKSPACE, subscriptionId: subscription.id, reason: expect.stringContaining('410') }]);
    expect(receiver.requests).toHaveLength(1);
  });

  it('fails the delivery and disables the subscription when all ten attempts fail', async () => {
    const { receiver, subscription } = await receiverWithSubscription({ respond: () => 500 });
    const { dispatcher, disabled } = startDispatcher({ timeScale: 0.000001 });

    dispatcher.enqueue(WORKSPACE, subscription, newEvent());
    const [delivery] = await dispatcher.settle();

    expect(delivery).toMatchObject({ state: 'failed', nextAttemptAt: null, failureReason: expect.stringContaining('All 10 delivery attempts failed') });
    expect(delivery?.attempts.map((attempt) => attempt.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(receiver.requests).toHaveLength(10);
    expect(disabled).toHaveLength(1);
    expect(disabled[0]?.reason).toContain('The receiver answered 500');
  });
});

describe('Retry-After', () => {
  const start = async (status: number, retryAfter: string) => {
    const { subscription } = await receiverWithSubscription({ respond: () => ({ status, headers: { 'retry-after': retryAfter } }) });
    const { dispatcher } = startDispatcher({ timeScale: 1, now: () => FROZEN, random: () => 0.5 });
    dispatcher.enqueue(WORKSPACE, subscription, newEvent());
    await dispatcher.idle();
    return dispatcher.deliveries()[0];
  };

  it('is honoured on 429 and 503 when it asks for longer than the schedule', async () => {
    expect((await start(429, '120'))?.nextAttemptAt).toBe(secondsAfterFrozen(120));
    expect((await start(503, 'Mon, 23 Nov 2026 10:10:00 GMT'))?.nextAttemptAt).toBe(secondsAfterFrozen(600));
  });

  it('never shortens the schedule, is capped at a day, and is ignored on other statuses', async () => {
    expect((await start(503, '1'))?.nextAttemptAt).toBe(secondsAfterFrozen(5));
    expect((await start(429, '9999999'))?.nextAttemptAt).toBe(secondsAfterFrozen(86_400));
    expect((await start(500, '120'))?.nextAttemptAt).toBe(secondsAfterFrozen(5));
  });
});

describe('hosts deliveries may go to', () => {
  it('refuses a host outside loopback without sending anything', async () => {
    const fetchSpy = jest.fn<ReturnType<typeof fetch>, Parameters<typeof fetch>>();
    const { dispatcher } = startDispatcher({ timeScale: 1, fetch: fetchSpy });

    dispatcher.enqueue(WORKSPACE, newSubscription('https://hooks.example.com/reevo'), newEvent());
    await dispatcher.idle();

    expect(fetchSpy).not.toHaveBeenCalled();
    expect(dispatcher.deliveries()[0]?.attempts[0]).toMatchObject({ status: null, error: expect.stringContaining('--allow-webhook-host hooks.example.com') });
  });

  it('sends to a host named in allowHosts, without following redirects', async () => {
    const fetchSpy = jest.fn<ReturnType<typeof fetch>, Parameters<typeof fetch>>(async () => new Response(null, { status: 204 }));
    const { dispatcher } = startDispatcher({ fetch: fetchSpy, allowHosts: ['hooks.example.com'] });

    dispatcher.enqueue(WORKSPACE, newSubscription('https://hooks.example.com/reevo'), newEvent());
    const [delivery] = await dispatcher.settle();

    expect(delivery?.state).toBe('delivered');
    expect(fetchSpy).toHaveBeenCalledWith('https://hooks.example.com/reevo', expect.objectContaining({ method: 'POST', redirect: 'manual' }));
  });
});

describe('redeliver', () => {
  it('sends the same event again as a new delivery with the same webhook-id and body', async () => {
    const { receiver, subscription } = await receiverWithSubscription();
    const { dispatcher } = startDispatcher();
    const event = newEvent();

    const original = dispatcher.enqueue(WORKSPACE, subscription, event);
    await dispatcher.settle();
    const again = dispatcher.redeliver(original.id);
    await dispatcher.settle();

    expect(again).toMatchObject({ eventId: event.id, redeliveryOf: original.id, subscriptionId: subscription.id });
    expect(again.id).not.toBe(original.id);
    expect(dispatcher.deliveries().map((delivery) => delivery.state)).toEqual(['delivered', 'delivered']);
    expect(receiver.requests.map((request) => request.headers['webhook-id'])).toEqual([event.id, event.id]);
    expect(receiver.requests[1]?.body).toBe(receiver.requests[0]?.body);
    expect(receiver.requests.every((request) => request.verified)).toBe(true);
  });

  it('names an unknown delivery', () => {
    const { dispatcher } = startDispatcher();
    expect(() => dispatcher.redeliver('dlv_nope')).toThrow(expect.objectContaining({ code: 'delivery_not_found' }));
  });
});

describe('cancelSubscription', () => {
  it('fails pending deliveries and makes no further attempt', async () => {
    const { receiver, subscription } = await receiverWithSubscription({ respond: () => 500 });
    const { dispatcher, disabled } = startDispatcher({ timeScale: 1 });

    const first = dispatcher.enqueue(WORKSPACE, subscription, newEvent());
    dispatcher.enqueue(WORKSPACE, subscription, newEvent());
    await dispatcher.idle();
    dispatcher.cancelSubscription(subscription.id);
    await dispatcher.flush();

    expect(dispatcher.deliveries().map((delivery) => [delivery.state, delivery.failureReason])).toEqual([
      ['failed', 'The subscription was deleted.'],
      ['failed', 'The subscription was deleted.'],
    ]);
    expect(receiver.requests).toHaveLength(1);
    expect(disabled).toEqual([]);
    expect(() => dispatcher.redeliver(first.id)).toThrow(expect.objectContaining({ code: 'subscription_deleted' }));
  });

  it('aborts an attempt in flight', async () => {
    const { receiver, subscription } = await receiverWithSubscription({ respond: () => ({ status: 204, delayMs: 60_000 }) });
    const { dispatcher } = startDispatcher();

    dispatcher.enqueue(WORKSPACE, subscription, newEvent());
    await receiver.waitForRequest(() => true);
    dispatcher.cancelSubscription(subscription.id);
    await dispatcher.idle();

    expect(dispatcher.deliveries()[0]).toMatchObject({ state: 'failed', attempts: [{ status: null, error: expect.stringContaining('subscription was deleted') }] });
  });
});

describe('close and reset', () => {
  it('close aborts attempts in flight and refuses new events', async () => {
    const { receiver, subscription } = await receiverWithSubscription({ respond: () => ({ status: 204, delayMs: 60_000 }) });
    const { dispatcher } = startDispatcher();

    dispatcher.enqueue(WORKSPACE, subscription, newEvent());
    await receiver.waitForRequest(() => true);
    await dispatcher.close();

    expect(dispatcher.deliveries()[0]).toMatchObject({ state: 'pending', attempts: [{ status: null, error: expect.stringContaining('shutting down') }] });
    expect(() => dispatcher.enqueue(WORKSPACE, subscription, newEvent())).toThrow(WebhookDispatchError);
    expect(receiver.events).toEqual([]);
  });

  it('reset forgets every delivery and stops their retries', async () => {
    const { receiver, subscription } = await receiverWithSubscription({ respond: () => 500 });
    const { dispatcher } = startDispatcher({ timeScale: 1 });

    dispatcher.enqueue(WORKSPACE, subscription, newEvent());
    await dispatcher.idle();
    await dispatcher.reset();
    await dispatcher.flush();

    expect(dispatcher.deliveries()).toEqual([]);
    expect(receiver.requests).toHaveLength(1);
  });
});

describe('the log', () => {
  it('drops the oldest finished deliveries beyond maxLogEntries and keeps pending ones', async () => {
    let up = true;
    const { subscription } = await receiverWithSubscription({ respond: () => (up ? 204 : 500) });
    const { dispatcher } = startDispatcher({ timeScale: 1, maxLogEntries: 2 });

    const first = dispatcher.enqueue(WORKSPACE, subscription, newEvent());
    await dispatcher.settle();
    up = false;
    const stuck = dispatcher.enqueue(WORKSPACE, subscription, newEvent());
    await dispatcher.idle();
    const queued = dispatcher.enqueue(WORKSPACE, subscription, newEvent());

    expect(dispatcher.deliveries().map((delivery) => delivery.id)).toEqual([stuck.id, queued.id]);
    expect(dispatcher.deliveries().map((delivery) => delivery.id)).not.toContain(first.id);
  });
});
