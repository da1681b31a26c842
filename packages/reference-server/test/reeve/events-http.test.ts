/**
 * Endpoint 6 and the lifecycle events (docs/reeve-api.md §3, §4 "Events for subscriptions", "Time"): connecting,
 * disconnecting and a clock jump past a token's life each become a SystemEvent whose data is the Connection, listed
 * to the caller's user and brand only, newest first, filtered by type and provider, `limit` 1–100 (default 20), and
 * delivered to subscribers with a `webhook-timestamp` in real time, which standardwebhooks accepts after the jump.
 */
import { Webhook } from 'standardwebhooks';
import { startWebhookReceiver, type WebhookReceiver } from '../../src/webhooks/receiver';
import { startReeveServer, type ReeveTestServer, type ReeveUserSession } from './support';

const DAY = 24 * 3600;
const STRIPE_KEY = 'sk_test_51HxAcmeExampleKey0000abcd';

let t: ReeveTestServer;
let receiver: WebhookReceiver;

beforeAll(async () => {
  t = await startReeveServer();
  receiver = await startWebhookReceiver({ respond: () => 204 });
});
afterAll(async () => {
  await receiver.close();
  await t.server.close();
});
afterEach(() => t.server.runtime.clock.restore());

const events = async (session: ReeveUserSession, query = '', brand?: string) => {
  const answer = await t.call('GET', `/api/connectors/events${query}`, { token: session.token, ...(brand ? { brand } : {}) });
  expect(answer.status).toBe(200);
  return answer.body.events as Array<{ id: string; type: string; provider: string; brand_id: string; received_at: string; data: Record<string, unknown> }>;
};
const connectStripe = (session: ReeveUserSession, brand?: string) =>
  t.call('POST', '/api/connectors/connect', { token: session.token, body: { provider: 'stripe', api_key: STRIPE_KEY }, ...(brand ? { brand } : {}) });

describe('lifecycle events', () => {
  it('connecting and disconnecting each become an event whose data is the Connection', async () => {
    const ada = await t.user();
    await connectStripe(ada);
    await t.call('DELETE', '/api/connectors/stripe', { token: ada.token });

    const listed = await events(ada);
    expect(listed.map((event) => [event.type, event.provider, event.data.status])).toEqual([
      ['connection.disconnected', 'stripe', 'disconnected'],
      ['connection.connected', 'stripe', 'connected'],
    ]);
    expect(listed[1]).toMatchObject({ brand_id: ada.brandId, connection_account: 'Acme (Stripe)', data: { provider: 'stripe', type: 'api_key', account_name: 'Acme (Stripe)' } });
    expect(JSON.stringify(listed)).not.toContain(STRIPE_KEY);
  });

  it('a clock jump past a Meta token’s life expires it: listed on the server clock, delivered signed on real time', async () => {
    t.server.runtime.clock.freeze();
    const ada = await t.user();
    await t.connectOAuth(ada, 'meta');
    const subscription = (await t.call('POST', '/api/connectors/webhooks', { token: ada.token, body: { url: receiver.url, events: ['connection.expired'] } })).body;

    await t.call('POST', '/__admin/clock', { body: { advance_seconds: 61 * DAY } });
    const [delivery] = await t.server.runtime.webhooks.settle({ subscriptionId: subscription.id });
    const request = await receiver.waitForRequest((candidate) => candidate.headers['webhook-id'] === delivery?.eventId);
    // Verified against this machine's real clock, 61 days behind the server's.
    const delivered = new Webhook(subscription.secret).verify(request.body, request.headers) as Record<string, unknown>;
    expect(delivered).toMatchObject({ type: 'connection.expired', provider: 'meta', data: { status: 'expired', status_reason: expect.stringContaining('Reconnect Meta Ads') } });
    expect(Math.abs(Number(request.headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(3600);

    // The session lapsed in the jump (30 days unused): a new one reads the events, stamped on the server clock.
    const again = (await t.admin('POST', '/sessions', { user_id: ada.userId })).body.token as string;
    const listed = await events({ ...ada, token: again }, '?type=connection.expired');
    expect(listed).toEqual([delivered]);
    expect(Date.parse(listed[0]?.received_at ?? '')).toBe(t.server.runtime.clock.nowMs());
    expect(Date.parse(listed[0]?.received_at ?? '') - Date.now()).toBeGreaterThan(60 * DAY * 1000);
  });
});

describe('the events list', () => {
  it('shows only the caller’s events in the caller’s brand', async () => {
    const ada = await t.user();
    const bob = await t.user();
    const shared = (await t.admin('POST', '/brands', { name: 'Shared', member_ids: [ada.userId, bob.userId] })).body.id as string;
    await connectStripe(ada);
    await connectStripe(ada, shared);
    await connectStripe(bob, shared);

    expect((await events(ada)).map((event) => event.brand_id)).toEqual([ada.brandId]);
    expect((await events(ada, '', shared)).map((event) => event.brand_id)).toEqual([shared]);
    const bobs = await events(bob, '', shared);
    expect(bobs).toHaveLength(1);
    expect(bobs[0]?.id).not.toBe((await events(ada, '', shared))[0]?.id);
    expect(await events(bob)).toEqual([]);
  });

  it('filters by type and provider, newest first, 20 by default and at most limit', async () => {
    const ada = await t.user();
    const emit = (type: 'github.push' | 'stripe.invoice.created', n: number) =>
      t.server.runtime.reeve.emit({ type, provider: type === 'github.push' ? 'github' : 'stripe', userId: ada.userId, brandId: ada.brandId, connectionAccount: null, data: { n } });
    for (let n = 1; n <= 25; n += 1) emit(n % 5 === 0 ? 'stripe.invoice.created' : 'github.push', n);
    const numbers = (listed: Array<{ data: Record<string, unknown> }>) => listed.map((event) => event.data.n);

    expect(numbers(await events(ada))).toEqual([25, 24, 23, 22, 21, 20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6]);
    expect(numbers(await events(ada, '?limit=100'))).toHaveLength(25);
    expect(numbers(await events(ada, '?limit=3&provider=stripe'))).toEqual([25, 20, 15]);
    expect(numbers(await events(ada, '?type=stripe.invoice.created&provider=stripe&limit=2'))).toEqual([25, 20]);
    expect(await events(ada, '?type=github.push&provider=stripe')).toEqual([]);
  });

  it.each([
    ['?limit=0', 'limit'],
    ['?limit=101', 'limit'],
    ['?limit=abc', 'limit'],
    ['?limit=2.5', 'limit'],
    ['?type=shopify.order.deleted', 'type'],
    ['?provider=myspace', 'provider'],
  ])('refuses %s with 422 naming %s', async (query, field) => {
    const ada = await t.user();
    const answer = await t.call('GET', `/api/connectors/events${query}`, { token: ada.token });
    expect(answer.status).toBe(422);
    expect(answer.body.detail).toEqual([expect.objectContaining({ loc: ['query', field] })]);
  });

  it('needs a session', async () => {
    expect((await t.call('GET', '/api/connectors/events')).status).toBe(401);
  });
});
