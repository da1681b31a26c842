/**
 * Inbound provider webhooks (docs/reeve-api.md §3 endpoint 10, §4 "Inbound webhooks", §5): a delivery signed by the
 * provider's own code reaches the connection's webhook URL, is verified on its raw bytes, deduplicated by the
 * provider's delivery id, stored as a SystemEvent, and delivered to subscribers signed the Standard Webhooks way.
 */
import Stripe from 'stripe';
import type { TransportResponse } from '@reevo/client/machine';
import { REEVE_PROVIDERS } from '@reevo/client/reeve-catalog';
import { connectApiKey, connectOAuth, type Actor } from './connect';
import { SAMPLE_PAYLOADS, signedDelivery, type InboundProvider, type ProviderDelivery } from './provider-deliveries';
import { subscribe, type Subscriber } from './subscriber';
import type { ReeveAdminSession, ReeveSession, ReeveTestUser } from './target';

const INBOUND: readonly InboundProvider[] = ['shopify', 'stripe', 'github'];

/** Posts a delivery to the URL the connection was given, as the provider would: the exact bytes, no session. */
function deliver(session: ReeveSession, url: string, delivery: Pick<ProviderDelivery, 'headers' | 'body'>): Promise<TransportResponse> {
  const { pathname, search } = new URL(url);
  return session.connection.send({ method: 'POST', pathAndQuery: `${pathname}${search}`, headers: delivery.headers, body: delivery.body });
}

async function eventsOf(session: ReeveSession, actor: Actor, query: Record<string, string>) {
  const answer = await session.raw({ method: 'GET', path: '/api/connectors/events', token: actor.token, query });
  expect(answer.status).toBe(200);
  return (answer.body as { events: { id: string; type: string; data: unknown }[] }).events;
}

interface Hooked {
  user: ReeveTestUser;
  url: string;
  secret: string;
  subscriber: Subscriber;
}

export function describeInboundWebhooks(session: () => ReeveAdminSession) {
  const subscribers: Subscriber[] = [];
  afterEach(async () => {
    await Promise.all(subscribers.splice(0).map((subscriber) => subscriber.close()));
  });

  /** A user with the provider connected, its webhook URL and secret, and a subscriber to the provider's events. */
  async function hooked(provider: InboundProvider): Promise<Hooked> {
    const user = await session().admin.user();
    if (provider === 'stripe') await connectApiKey(session(), user, provider);
    else await connectOAuth(session(), user, provider);
    const [stored] = await session().admin.connections(user.id);
    expect(stored?.webhook).toEqual({ url: expect.any(String), secret: expect.any(String), scheme: expect.any(String) });
    const subscriber = await subscribe(session(), user, { events: Object.values(REEVE_PROVIDERS[provider].inbound), providers: [provider] });
    subscribers.push(subscriber);
    return { user, url: stored!.webhook!.url, secret: stored!.webhook!.secret, subscriber };
  }

  it.each(INBOUND)('%s: a delivery signed by the provider\'s own code becomes a SystemEvent and a verified Standard Webhooks delivery', async (provider) => {
    const { user, url, secret, subscriber } = await hooked(provider);
    const sample = SAMPLE_PAYLOADS[provider];
    const delivery = await signedDelivery(provider, { secret, topic: sample.topic, payload: sample.payload });
    expect(await deliver(session(), url, delivery)).toMatchObject({ status: 200, body: { received: true } });

    const event = await subscriber.next(sample.event);
    expect(event).toMatchObject({ id: expect.stringMatching(/^evt_/), type: sample.event, provider, brand_id: user.defaultBrandId, connection_account: expect.any(String) });
    expect(event.data).toEqual(JSON.parse(delivery.body));
    const stored = await eventsOf(session(), user, { type: sample.event });
    expect(stored).toEqual([expect.objectContaining({ id: event.id, type: sample.event, data: JSON.parse(delivery.body) })]);
  });

  it.each(INBOUND)('%s: the same delivery id again is received as a duplicate and emits nothing', async (provider) => {
    const { user, url, secret, subscriber } = await hooked(provider);
    const sample = SAMPLE_PAYLOADS[provider];
    const first = await signedDelivery(provider, { secret, topic: sample.topic, payload: sample.payload });
    expect((await deliver(session(), url, first)).body).toEqual({ received: true });
    const again = await signedDelivery(provider, { secret, topic: sample.topic, payload: sample.payload, deliveryId: first.deliveryId });
    expect(await deliver(session(), url, again)).toMatchObject({ status: 200, body: { received: true, duplicate: true } });
    // A later, different delivery arrives after anything the duplicate could have caused (one subscription keeps order).
    const later = await signedDelivery(provider, { secret, topic: sample.topic, payload: { ...sample.payload, id: 7 } });
    expect((await deliver(session(), url, later)).body).toEqual({ received: true });
    await subscriber.next(sample.event, (event) => (event.data as { id?: unknown; data?: { object?: { id?: unknown } } }).id === JSON.parse(later.body).id);
    expect(subscriber.delivered()).toHaveLength(2);
    expect(await eventsOf(session(), user, { type: sample.event })).toHaveLength(2);
  });

  it.each(INBOUND)('%s: a missing or wrong signature, or one over other bytes, is 401 and stores nothing', async (provider) => {
    const { user, url, secret } = await hooked(provider);
    const sample = SAMPLE_PAYLOADS[provider];
    const signed = await signedDelivery(provider, { secret, topic: sample.topic, payload: sample.payload });
    const signatureHeader = { shopify: 'x-shopify-hmac-sha256', stripe: 'stripe-signature', github: 'x-hub-signature-256' }[provider];
    const { [signatureHeader]: _signature, ...unsigned } = signed.headers;
    const wrongSecret = await signedDelivery(provider, { secret: `${secret}-not`, topic: sample.topic, payload: sample.payload });
    const attempts = {
      'no signature': { headers: unsigned, body: signed.body },
      'another secret': wrongSecret,
      're-serialised body': { headers: signed.headers, body: JSON.stringify(JSON.parse(signed.body)) },
    };
    for (const [attempt, delivery] of Object.entries(attempts)) {
      const answer = await deliver(session(), url, delivery);
      expect({ attempt, status: answer.status }).toEqual({ attempt, status: 401 });
      expect(answer.body).toEqual({ detail: expect.any(String) });
    }
    expect(await eventsOf(session(), user, { type: sample.event })).toEqual([]);
  });

  it('stripe: any one matching v1 is enough (rotation), and a t= older than 300 s is 401', async () => {
    const { user, url, secret, subscriber } = await hooked('stripe');
    const sample = SAMPLE_PAYLOADS.stripe;
    const rotated = await signedDelivery('stripe', { secret, topic: sample.topic, payload: sample.payload });
    const [timestamp, v1] = rotated.headers['stripe-signature']!.split(',');
    rotated.headers['stripe-signature'] = `${timestamp},v1=${'0'.repeat(64)},${v1}`;
    expect((await deliver(session(), url, rotated)).body).toEqual({ received: true });
    await subscriber.next(sample.event);

    const body = JSON.stringify({ id: 'evt_stale_timestamp', object: 'event', type: sample.topic, data: { object: sample.payload } });
    const staleSignature = Stripe.webhooks.generateTestHeaderString({ payload: body, secret, timestamp: Math.floor(Date.now() / 1000) - 301 });
    const stale = await deliver(session(), url, { headers: { 'content-type': 'application/json', 'stripe-signature': staleSignature }, body });
    expect(stale.status).toBe(401);
    expect(await eventsOf(session(), user, { type: sample.event })).toHaveLength(1);
  });

  it('github: a pull_request that was not opened is received and emits nothing; one opened emits its event', async () => {
    const { user, url, secret, subscriber } = await hooked('github');
    const pullRequest = (action: string, number: number) => ({ action, number, pull_request: { number, title: 'Add conformance' }, repository: { full_name: 'octocat/Hello-World' } });
    const closed = await signedDelivery('github', { secret, topic: 'pull_request', payload: pullRequest('closed', 1) });
    expect((await deliver(session(), url, closed)).body).toEqual({ received: true });
    const opened = await signedDelivery('github', { secret, topic: 'pull_request', payload: pullRequest('opened', 2) });
    expect((await deliver(session(), url, opened)).body).toEqual({ received: true });
    const event = await subscriber.next('github.pull_request.opened');
    expect(event.data).toMatchObject({ action: 'opened', number: 2 });
    expect((await eventsOf(session(), user, { type: 'github.pull_request.opened' })).map((stored) => (stored.data as { number: number }).number)).toEqual([2]);
    expect(subscriber.delivered()).toHaveLength(1);
  });

  it.each(INBOUND)('%s: the fake provider sends a signed event through the admin API, which the API receives', async (provider) => {
    const { user, subscriber } = await hooked(provider);
    const sample = SAMPLE_PAYLOADS[provider];
    const sent = await session().admin.providerEvent(provider, { user_id: user.id, type: sample.topic });
    expect(sent).toEqual({ status: 200, delivery_id: expect.any(String) });
    expect(await subscriber.next(sample.event)).toMatchObject({ provider, type: sample.event });
  });

  it('events are newest first, filtered by type and provider, and limited', async () => {
    const { user, url, secret } = await hooked('shopify');
    const topics = ['orders/create', 'products/update', 'orders/create'];
    for (const [n, topic] of topics.entries()) {
      const delivery = await signedDelivery('shopify', { secret, topic, payload: { id: n + 1 } });
      expect((await deliver(session(), url, delivery)).status).toBe(200);
    }
    const ids = (events: { type: string; data: unknown }[]) => events.filter((event) => event.type.startsWith('shopify.')).map((event) => (event.data as { id: number }).id);
    // Filtered by provider, lifecycle events of the connection (connection.connected) may be listed beside the provider's own.
    const shopify = await eventsOf(session(), user, { provider: 'shopify' });
    expect(shopify.every((event) => (event as { provider?: string }).provider === 'shopify')).toBe(true);
    expect(ids(shopify)).toEqual([3, 2, 1]);
    expect(ids(await eventsOf(session(), user, { type: 'shopify.order.created' }))).toEqual([3, 1]);
    expect(ids(await eventsOf(session(), user, { provider: 'shopify', limit: '1' }))).toEqual([3]);
    expect(await eventsOf(session(), user, { provider: 'stripe' })).toEqual([]);
  });
}
