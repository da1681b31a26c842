import { generateWebhookSecret } from '@integration-pack/core/reevo/webhooks';
import { WORKSPACE, newEvent, newSubscription, receiverWithSubscription, startDispatcher, startReceiver } from './harness';

describe('the webhook receiver kit', () => {
  it('records a delivery signed with another secret as a failure, answers 400, and accepts it once it knows the secret', async () => {
    const receiver = await startReceiver({ secret: generateWebhookSecret() });
    const subscription = newSubscription(receiver.url);
    const { dispatcher } = startDispatcher({ timeScale: 1 });

    const first = dispatcher.enqueue(WORKSPACE, subscription, newEvent());
    await dispatcher.idle();

    expect(receiver.failures).toHaveLength(1);
    expect(receiver.failures[0]).toMatchObject({ verified: false, status: 400, verificationError: expect.stringContaining('No webhook signature matches') });
    expect(receiver.events).toEqual([]);
    await expect(receiver.waitFor('contact.created', 50)).rejects.toThrow(/No accepted contact.created event .* #1 contact.created answered 400 \(No webhook signature matches/);

    receiver.setSecret(subscription.secret);
    await dispatcher.flush();

    expect(dispatcher.deliveries()[0]).toMatchObject({ id: first.id, state: 'delivered' });
    expect((await receiver.waitFor('contact.created')).id).toBe(first.eventId);
  });

  it('parses deliveries without verifying them when it has no secret', async () => {
    const receiver = await startReceiver();
    const { dispatcher } = startDispatcher();

    dispatcher.enqueue(WORKSPACE, newSubscription(receiver.url), newEvent('task.created'));
    const event = await receiver.waitFor((candidate) => candidate.type === 'task.created');

    expect(event.type).toBe('task.created');
    expect(receiver.requests[0]).toMatchObject({ verified: false, verificationError: null, status: 204, answered: true });
  });

  it('refuses a body that is not a Reevo event', async () => {
    const receiver = await startReceiver();

    const response = await fetch(receiver.url, { method: 'POST', body: '{"hello":"world"}' });

    expect(response.status).toBe(400);
    expect(await response.text()).toContain('not a known Reevo event');
    expect(receiver.failures).toHaveLength(1);
  });

  it('checks timestamps against the clock it is given, so a sender an hour behind still verifies', async () => {
    const hourAgo = new Date(Date.now() - 3600_000);
    const { dispatcher } = startDispatcher({ realNow: () => hourAgo.getTime() });
    const strict = await receiverWithSubscription();
    const sameClock = await receiverWithSubscription({ now: () => hourAgo });

    dispatcher.enqueue(WORKSPACE, strict.subscription, newEvent());
    dispatcher.enqueue(WORKSPACE, sameClock.subscription, newEvent());
    await sameClock.receiver.waitFor('contact.created');
    await strict.receiver.waitForRequest(() => true);

    expect(strict.receiver.failures[0]?.verificationError).toContain('more than 300 seconds ago');
    expect(sameClock.receiver.requests[0]?.verified).toBe(true);
  });

  it('passes each request, numbered, to respond', async () => {
    const seen: Array<[number, boolean]> = [];
    const { receiver, subscription } = await receiverWithSubscription({
      respond: (n, request) => {
        seen.push([n, request.verified]);
        return n === 1 ? 500 : 200;
      },
    });
    const { dispatcher } = startDispatcher();

    dispatcher.enqueue(WORKSPACE, subscription, newEvent());
    await receiver.waitFor('contact.created');

    expect(seen).toEqual([
      [1, true],
      [2, true],
    ]);
    expect(receiver.events).toHaveLength(1);
  });
});
