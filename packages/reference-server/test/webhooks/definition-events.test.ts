/**
 * The dispatcher delivers the events of the API definition it is given, not Reevo's: a second API's event goes
 * out signed, and a type that definition does not have is refused naming the ones it does.
 */
import { Webhook } from 'standardwebhooks';
import { toyApi } from '../../../../test-support/toy-api';
import { WORKSPACE, receiverWithSubscription, startDispatcher } from './harness';

const toyEvents = { types: Object.keys(toyApi.events) };

describe("a dispatcher of another API's events", () => {
  it("delivers that API's event types", async () => {
    // The test receiver reads Reevo's events: it answers 204 to this one, and standardwebhooks checks the signature.
    const { receiver, subscription } = await receiverWithSubscription({ respond: () => 204 });
    const { dispatcher } = startDispatcher({ events: toyEvents });
    const event = { id: 'evt_toy_1', type: 'connection.disconnected', created_at: '2026-11-30T10:00:00.000Z', data: { provider: 'stripe' } };

    dispatcher.enqueue(WORKSPACE, subscription, event);
    const [delivery] = await dispatcher.settle();

    expect(delivery).toMatchObject({ state: 'delivered', eventType: 'connection.disconnected' });
    const [request] = receiver.requests;
    expect(receiver.requests).toHaveLength(1);
    expect(new Webhook(subscription.secret).verify(request?.body ?? '', request?.headers ?? {})).toEqual(event);
  });

  it('refuses a type the definition does not have, Reevo’s included, naming the ones it has', async () => {
    const { subscription } = await receiverWithSubscription();
    const { dispatcher } = startDispatcher({ events: toyEvents });
    const reevoEvent = { id: 'evt_toy_2', type: 'contact.created', created_at: '2026-11-30T10:00:00.000Z', data: {} };

    expect(() => dispatcher.enqueue(WORKSPACE, subscription, reevoEvent)).toThrow('Unknown webhook event type "contact.created": use one of connection.disconnected.');
    expect(dispatcher.deliveries()).toEqual([]);
  });
});
