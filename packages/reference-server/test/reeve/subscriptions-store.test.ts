/**
 * Endpoints 7–9's store (docs/reeve-api.md §3): the secret shown once, the url rule of Reevo's subscriptions (https,
 * or http to loopback; never the server itself), per user and brand, another user's id answered as an unknown one.
 */
import { Webhook } from 'standardwebhooks';
import { DetailError, RequestValidationError } from '../../src/http/errors';
import { ReferenceRuntime } from '../../src/runtime/reference-runtime';
import { startWebhookReceiver } from '../../src/webhooks/receiver';

let runtime: ReferenceRuntime;
beforeEach(() => {
  runtime = new ReferenceRuntime({ timeScale: 0.001, limits: { reeveSubscriptionsPerBrand: 2 } });
});
afterEach(() => runtime.close());

const ADA = { userId: 'usr_ada', brandId: 'brand_shared' };
const BOB = { userId: 'usr_bob', brandId: 'brand_shared' };

function thrown(act: () => unknown): unknown {
  try {
    act();
  } catch (error) {
    return error;
  }
  throw new Error('Nothing was thrown');
}

describe('Reeve webhook subscriptions', () => {
  it('show the secret once, at creation', () => {
    const { subscriptions } = runtime.reeveEvents;
    const created = subscriptions.create(ADA, { url: 'http://127.0.0.1:9/hook', events: ['github.push', 'github.push'], providers: ['github'], description: 'CI' });
    expect(created).toMatchObject({ url: 'http://127.0.0.1:9/hook', events: ['github.push'], providers: ['github'], description: 'CI', status: 'active' });
    expect(created.id).toMatch(/^sub_[0-9a-f]{24}$/);
    expect(created.secret).toMatch(/^whsec_/);
    expect(subscriptions.list(ADA)).toEqual([expect.not.objectContaining({ secret: expect.anything() })]);
    expect(JSON.stringify(subscriptions.list(ADA))).not.toContain(created.secret);
  });

  it.each([
    ['ftp://127.0.0.1/hook', 'must use https'],
    ['http://hooks.example.com/x', 'plain http is accepted only for 127.0.0.1'],
    ['https://hooks.example.com/x', 'delivers webhooks only to this machine'],
    ['not a url', 'not an absolute URL'],
  ])('refuse the url %s with 422 at body.url', (url, words) => {
    const error = thrown(() => runtime.reeveEvents.subscriptions.create(ADA, { url, events: ['github.push'] }));
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).detail).toEqual([expect.objectContaining({ loc: ['body', 'url'], msg: expect.stringContaining(words) })]);
  });

  it('refuse the server’s own address, as Reevo’s do', () => {
    runtime.listeningOn({ address: '127.0.0.1', port: 4321 });
    const error = thrown(() => runtime.reeveEvents.subscriptions.create(ADA, { url: 'http://localhost:4321/__admin/reset', events: ['github.push'] }));
    expect((error as RequestValidationError).detail[0]?.msg).toContain('points at the reference server itself');
  });

  it('belong to their user and brand: another user neither lists nor deletes them', () => {
    const { subscriptions } = runtime.reeveEvents;
    const adas = subscriptions.create(ADA, { url: 'http://127.0.0.1:9/a', events: ['github.push'] });
    expect(subscriptions.list(BOB)).toEqual([]);
    expect(subscriptions.list({ ...ADA, brandId: 'brand_other' })).toEqual([]);
    const error = thrown(() => runtime.reeveEvents.deleteSubscription(BOB, adas.id));
    expect(error).toBeInstanceOf(DetailError);
    expect((error as DetailError).statusCode).toBe(404);
    expect(subscriptions.list(ADA)).toHaveLength(1);
    runtime.reeveEvents.deleteSubscription(ADA, adas.id);
    expect(subscriptions.list(ADA)).toEqual([]);
  });

  it('are bounded per user and brand (reeve_subscriptions_per_brand)', () => {
    const { subscriptions } = runtime.reeveEvents;
    subscriptions.create(ADA, { url: 'http://127.0.0.1:9/1', events: ['github.push'] });
    subscriptions.create(ADA, { url: 'http://127.0.0.1:9/2', events: ['github.push'] });
    const error = thrown(() => subscriptions.create(ADA, { url: 'http://127.0.0.1:9/3', events: ['github.push'] }));
    expect((error as DetailError).statusCode).toBe(400);
    expect((error as DetailError).message).toContain('reeve_subscriptions_per_brand');
    expect(subscriptions.create(BOB, { url: 'http://127.0.0.1:9/3', events: ['github.push'] }).id).toMatch(/^sub_/);
  });

  it('receive only the events they list, from the providers they list, of their user and brand', async () => {
    const receiver = await startWebhookReceiver({ respond: () => 204 });
    try {
      const hub = runtime.reeveEvents;
      const onlyStripe = hub.subscriptions.create(ADA, { url: `${receiver.url}?s=stripe`, events: ['stripe.invoice.created', 'github.push'], providers: ['stripe'] });
      const every = hub.subscriptions.create(ADA, { url: `${receiver.url}?s=every`, events: ['stripe.invoice.created', 'github.push'] });
      const emit = (owner: typeof ADA, type: 'stripe.invoice.created' | 'github.push' | 'stripe.payment.succeeded', provider: 'stripe' | 'github') =>
        hub.emit({ type, provider, userId: owner.userId, brandId: owner.brandId, connectionAccount: null, data: { object: 'event' } });
      emit(ADA, 'github.push', 'github');
      emit(ADA, 'stripe.invoice.created', 'stripe');
      emit(ADA, 'stripe.payment.succeeded', 'stripe');
      emit(BOB, 'github.push', 'github');
      emit({ ...ADA, brandId: 'brand_other' }, 'github.push', 'github');

      const deliveries = await runtime.webhooks.settle();
      const sent = deliveries.map((delivery) => [delivery.subscriptionId, delivery.eventType, (delivery.payload as { provider: string }).provider]);
      expect(sent).toEqual([
        [every.id, 'github.push', 'github'],
        [onlyStripe.id, 'stripe.invoice.created', 'stripe'],
        [every.id, 'stripe.invoice.created', 'stripe'],
      ]);
      expect(deliveries.every((delivery) => delivery.state === 'delivered' && delivery.workspaceId === ADA.userId)).toBe(true);
      const forStripe = receiver.requests.find((request) => request.path.endsWith('s=stripe'));
      expect(new Webhook(onlyStripe.secret).verify(forStripe?.body ?? '', forStripe?.headers ?? {})).toMatchObject({ type: 'stripe.invoice.created', provider: 'stripe' });
    } finally {
      await receiver.close();
    }
  });
});

describe('the admin reset', () => {
  it('forgets Reeve’s events, subscriptions and seen delivery ids', async () => {
    runtime.markStart();
    const hub = runtime.reeveEvents;
    hub.subscriptions.create(ADA, { url: 'http://127.0.0.1:9/a', events: ['github.push'] });
    const first = hub.emit({ type: 'github.push', provider: 'github', userId: ADA.userId, brandId: ADA.brandId, connectionAccount: null, data: {} });
    hub.seenDeliveries.firstTime('conn_1', 'd1');

    await runtime.reset();

    expect(hub.subscriptions.list(ADA)).toEqual([]);
    expect(hub.log.list({ ...ADA, limit: 100 })).toEqual([]);
    expect(hub.seenDeliveries.firstTime('conn_1', 'd1')).toBe(true);
    expect(hub.emit({ type: 'github.push', provider: 'github', userId: ADA.userId, brandId: ADA.brandId, connectionAccount: null, data: {} }).id).toBe(first.id);
  });
});
