import { Webhook } from 'standardwebhooks';
import { WORKSPACE, newEvent, receiverWithSubscription, startDispatcher, startReceiver, newSubscription } from './harness';

describe('a webhook delivery', () => {
  it('is signed so that the independent standardwebhooks library verifies it', async () => {
    const { receiver, subscription } = await receiverWithSubscription();
    const { dispatcher } = startDispatcher();
    const event = newEvent('contact.created');

    dispatcher.enqueue(WORKSPACE, subscription, event);
    await receiver.waitFor('contact.created');

    const [request] = receiver.requests;
    expect(request?.verified).toBe(true);
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.headers['webhook-id']).toBe(event.id);
    expect(request?.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(request?.body).toBe(JSON.stringify(event));
    expect(new Webhook(subscription.secret).verify(request?.body ?? '', request?.headers ?? {})).toEqual(event);
    expect(() => new Webhook(subscription.secret).verify(`${request?.body} `, request?.headers ?? {})).toThrow();
  });

  it('is retried after failures and delivered once, with the same webhook-id, body and fresh timestamps', async () => {
    const { receiver, subscription } = await receiverWithSubscription({ respond: (n) => (n <= 2 ? 500 : 204) });
    let clock = Date.now();
    const { dispatcher } = startDispatcher({ realNow: () => (clock += 1000) });
    const event = newEvent();

    const { id } = dispatcher.enqueue(WORKSPACE, subscription, event);
    const [delivery] = await dispatcher.settle();

    expect(delivery?.id).toBe(id);
    expect(delivery?.state).toBe('delivered');
    expect(delivery?.attempts.map((attempt) => attempt.status)).toEqual([500, 500, 204]);
    expect(delivery?.attempts.map((attempt) => attempt.error === null)).toEqual([false, false, true]);
    expect(receiver.events).toHaveLength(1);
    expect(receiver.requests.every((request) => request.verified)).toBe(true);
    expect(new Set(receiver.requests.map((request) => request.headers['webhook-id']))).toEqual(new Set([event.id]));
    expect(new Set(receiver.requests.map((request) => request.body)).size).toBe(1);
    const timestamps = receiver.requests.map((request) => Number(request.headers['webhook-timestamp']));
    expect(timestamps).toEqual([...timestamps].sort((a, b) => a - b));
    expect(new Set(timestamps).size).toBe(3);
    expect(delivery?.attempts.map((attempt) => attempt.requestHeaders['webhook-timestamp'])).toEqual(timestamps.map(String));
  });

  it('counts a timeout as a failed attempt and retries', async () => {
    const { receiver, subscription } = await receiverWithSubscription({ respond: (n) => (n === 1 ? { status: 204, delayMs: 60_000 } : 204) });
    const { dispatcher } = startDispatcher({ timeoutMs: 100 });

    dispatcher.enqueue(WORKSPACE, subscription, newEvent());
    const [delivery] = await dispatcher.settle();

    expect(delivery?.state).toBe('delivered');
    expect(delivery?.attempts[0]).toMatchObject({ status: null, error: expect.stringContaining('timed out') });
    expect(delivery?.attempts[1]).toMatchObject({ status: 204, error: null });
    expect(receiver.requests).toHaveLength(2);
    await receiver.close();
    // The answer the sender gave up on is never written, so the receiver accepted the event once.
    expect(receiver.requests.map((request) => request.answered)).toEqual([false, true]);
    expect(receiver.events).toHaveLength(1);
  });

  it('does not follow redirects', async () => {
    const target = await startReceiver();
    const { receiver, subscription } = await receiverWithSubscription({ respond: () => ({ status: 302, headers: { location: target.url } }) });
    const { dispatcher } = startDispatcher({ timeScale: 1 });

    dispatcher.enqueue(WORKSPACE, subscription, newEvent());
    await dispatcher.idle();

    const [delivery] = dispatcher.deliveries();
    expect(delivery?.state).toBe('pending');
    expect(delivery?.attempts[0]).toMatchObject({ status: 302, error: expect.stringContaining('do not follow redirects') });
    expect(receiver.requests).toHaveLength(1);
    expect(target.requests).toHaveLength(0);
  });

  it('logs a receiver that cannot be reached', async () => {
    const gone = await startReceiver();
    await gone.close();
    const { dispatcher } = startDispatcher({ timeScale: 1 });

    dispatcher.enqueue(WORKSPACE, newSubscription(gone.url), newEvent());
    await dispatcher.idle();

    expect(dispatcher.deliveries()[0]?.attempts[0]).toMatchObject({ status: null, error: expect.stringContaining('ECONNREFUSED') });
  });

  it('never puts the secret in the log', async () => {
    const { receiver, subscription } = await receiverWithSubscription();
    const { dispatcher } = startDispatcher();

    dispatcher.enqueue(WORKSPACE, subscription, newEvent());
    await receiver.waitFor('contact.created');
    await dispatcher.settle();

    const log = JSON.stringify(dispatcher.deliveries());
    expect(log).toContain('webhook-signature');
    expect(log).not.toContain(subscription.secret.slice('whsec_'.length));
  });

  it('refuses an event that does not have the catalog shape', () => {
    const { dispatcher } = startDispatcher();
    const subscription = newSubscription('http://127.0.0.1:9/hook');

    expect(() => dispatcher.enqueue(WORKSPACE, subscription, { ...newEvent(), type: 'contact.deleted' })).toThrow(/Unknown webhook event type "contact.deleted"/);
    expect(() => dispatcher.enqueue(WORKSPACE, subscription, { ...newEvent('contact.created'), data: { id: 42 } })).toThrow(/data\.id/);
    expect(() => dispatcher.enqueue(WORKSPACE, { ...subscription, secret: '' }, newEvent())).toThrow(/no usable signing secret/);
    expect(dispatcher.deliveries()).toEqual([]);
  });
});
