/**
 * Endpoint 10 over real loopback HTTP (docs/reeve-api.md §3, §4 "Inbound webhooks", §5, §6): each provider's
 * delivery, signed by the provider's own library (or by the fake provider through the admin API), reaches a
 * subscriber signed with Standard Webhooks and verified by `standardwebhooks`; the raw bytes are what is verified;
 * forged, unsigned, stale and re-serialised deliveries are 401 naming the header; a repeated delivery id is
 * answered duplicate; unknown hooks and providers without webhooks are 404; no bearer token is needed.
 */
import Stripe from 'stripe';
import { Webhook } from 'standardwebhooks';
import { startWebhookReceiver, type WebhookReceiver } from '../../src/webhooks/receiver';
import { octokitSign } from '../../../../test-support/octokit-webhooks';
import { startReeveServer, type ReeveTestServer, type ReeveUserSession } from './support';

const stripe = new Stripe('sk_test_reference');
const STRIPE_KEY = 'sk_test_51HxAcmeExampleKey0000abcd';

let t: ReeveTestServer;
let baseUrl: string;
let receiver: WebhookReceiver;

beforeAll(async () => {
  t = await startReeveServer();
  baseUrl = await t.server.listen();
  receiver = await startWebhookReceiver({ respond: () => 204 });
});
afterAll(async () => {
  await receiver.close();
  await t.server.close();
});

interface Hook {
  url: string;
  secret: string;
}

async function webhookOf(session: ReeveUserSession, provider: string): Promise<Hook> {
  const response = await fetch(`${baseUrl}/__admin/reeve/connections?user_id=${session.userId}`);
  const { connections } = (await response.json()) as { connections: Array<{ provider: string; webhook: Hook | null }> };
  const row = connections.find((connection) => connection.provider === provider);
  if (!row?.webhook) throw new Error(`No webhook for ${provider}`);
  return row.webhook;
}

async function subscribe(session: ReeveUserSession, events: string[]) {
  const created = await t.call('POST', '/api/connectors/webhooks', { token: session.token, body: { url: receiver.url, events } });
  expect(created.status).toBe(201);
  return created.body as { id: string; secret: string };
}

async function post(url: string, body: string, headers: Record<string, string>) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return { status: response.status, body: (await response.json()) as { detail?: string; received?: boolean; duplicate?: boolean } };
}

/** The last delivery to the subscription, verified with its secret by standardwebhooks. */
async function delivered(subscription: { id: string; secret: string }) {
  const [delivery] = await t.server.runtime.webhooks.settle({ subscriptionId: subscription.id });
  const request = await receiver.waitForRequest((candidate) => candidate.headers['webhook-id'] === delivery?.eventId);
  return new Webhook(subscription.secret).verify(request.body, request.headers) as Record<string, unknown>;
}

async function stripeSession() {
  const session = await t.user();
  expect((await t.call('POST', '/api/connectors/connect', { token: session.token, body: { provider: 'stripe', api_key: STRIPE_KEY } })).status).toBe(200);
  return { session, hook: await webhookOf(session, 'stripe') };
}

describe('Stripe', () => {
  it('a delivery signed by stripe-node becomes stripe.payment.succeeded: listed, and delivered with Standard Webhooks', async () => {
    const { session, hook } = await stripeSession();
    const subscription = await subscribe(session, ['stripe.payment.succeeded']);
    // Stripe's own formatting, spaces and all: the bytes are what is signed.
    const body = '{\n  "id": "evt_3PayHttp",\n  "object": "event",\n  "type": "payment_intent.succeeded",\n  "data": { "object": { "id": "pi_1", "amount": 2000 } }\n}';
    const answer = await post(hook.url, body, { 'stripe-signature': stripe.webhooks.generateTestHeaderString({ payload: body, secret: hook.secret }) });

    expect(answer).toEqual({ status: 200, body: { received: true } });
    const listed = await t.call('GET', '/api/connectors/events?type=stripe.payment.succeeded', { token: session.token });
    expect(listed.body.events).toEqual([expect.objectContaining({ type: 'stripe.payment.succeeded', provider: 'stripe', brand_id: session.brandId, connection_account: 'Acme (Stripe)', data: JSON.parse(body) })]);
    expect(await delivered(subscription)).toEqual(listed.body.events[0]);
  });

  it('refuses a stale, forged, unsigned or re-serialised delivery with 401 naming the header, and emits nothing', async () => {
    const { session, hook } = await stripeSession();
    const body = '{"id": "evt_refused", "type": "invoice.created"}';
    const now = Math.floor(Date.now() / 1000);
    const stale = await post(hook.url, body, { 'stripe-signature': stripe.webhooks.generateTestHeaderString({ payload: body, secret: hook.secret, timestamp: now - 301 }) });
    const forged = await post(hook.url, body, { 'stripe-signature': stripe.webhooks.generateTestHeaderString({ payload: body, secret: 'whsec_forged' }) });
    const unsigned = await post(hook.url, body, {});
    const signature = stripe.webhooks.generateTestHeaderString({ payload: body, secret: hook.secret });
    const reserialised = await post(hook.url, JSON.stringify(JSON.parse(body)), { 'stripe-signature': signature });

    expect(stale).toEqual({ status: 401, body: { detail: expect.stringContaining('past the 300 s tolerance') } });
    expect(forged).toEqual({ status: 401, body: { detail: expect.stringContaining('No v1 signature in the Stripe-Signature header matches the body') } });
    expect(unsigned).toEqual({ status: 401, body: { detail: expect.stringContaining('The Stripe-Signature header is missing') } });
    expect(reserialised.status).toBe(401);
    expect((await t.call('GET', '/api/connectors/events', { token: session.token })).body.events.map((event: { type: string }) => event.type)).toEqual(['connection.connected']);
  });

  it('answers a delivery id seen before with duplicate, emitting nothing again', async () => {
    const { session, hook } = await stripeSession();
    const body = '{"id": "evt_twice", "type": "invoice.created"}';
    const first = await post(hook.url, body, { 'stripe-signature': stripe.webhooks.generateTestHeaderString({ payload: body, secret: hook.secret }) });
    // A retry is signed again, with a new timestamp: the event id is what repeats.
    const again = await post(hook.url, body, { 'stripe-signature': stripe.webhooks.generateTestHeaderString({ payload: body, secret: hook.secret, timestamp: Math.floor(Date.now() / 1000) - 1 }) });

    expect([first, again]).toEqual([
      { status: 200, body: { received: true } },
      { status: 200, body: { received: true, duplicate: true } },
    ]);
    const events = (await t.call('GET', '/api/connectors/events?provider=stripe', { token: session.token })).body.events;
    expect(events.map((event: { type: string }) => event.type)).toEqual(['stripe.invoice.created', 'connection.connected']);
  });
});

describe('GitHub', () => {
  it('a push signed by @octokit/webhooks-methods becomes github.push; a ping is received and emits nothing', async () => {
    const session = await t.user();
    expect((await t.connectOAuth(session, 'github')).body).toMatchObject({ connected: true });
    const hook = await webhookOf(session, 'github');
    const subscription = await subscribe(session, ['github.push']);
    const push = JSON.stringify({ ref: 'refs/heads/main', commits: [{ message: 'déjà vu ✓' }] });
    const ping = JSON.stringify({ zen: 'Design for failure.' });

    const pinged = await post(hook.url, ping, { 'x-hub-signature-256': octokitSign(hook.secret, ping), 'x-github-event': 'ping', 'x-github-delivery': 'ping-1' });
    const pushed = await post(hook.url, push, { 'x-hub-signature-256': octokitSign(hook.secret, push), 'x-github-event': 'push', 'x-github-delivery': 'push-1' });

    expect([pinged.status, pushed.status]).toEqual([200, 200]);
    expect(await delivered(subscription)).toMatchObject({ type: 'github.push', provider: 'github', connection_account: 'acme-inc', data: JSON.parse(push) });
    const types = (await t.call('GET', '/api/connectors/events?provider=github', { token: session.token })).body.events.map((event: { type: string }) => event.type);
    expect(types).toEqual(['github.push', 'connection.connected']);
  });

  it('refuses a delivery without X-Hub-Signature-256, naming it', async () => {
    const session = await t.user();
    await t.connectOAuth(session, 'github');
    const hook = await webhookOf(session, 'github');
    const answer = await post(hook.url, '{}', { 'x-github-event': 'push', 'x-github-delivery': 'unsigned-1' });
    expect(answer).toEqual({ status: 401, body: { detail: expect.stringContaining('The X-Hub-Signature-256 header is missing') } });
  });
});

describe('the fake providers (POST /__admin/reeve/providers/{provider}/events)', () => {
  it.each([
    ['shopify', 'orders/create', 'shopify.order.created'],
    ['shopify', 'inventory_levels/update', 'shopify.inventory.updated'],
    ['stripe', 'customer.subscription.updated', 'stripe.subscription.updated'],
    ['github', 'deployment_status', 'github.deployment_status'],
  ])('%s sends a realistic, signed %s over loopback, which becomes %s', async (provider, type, eventType) => {
    const session = await t.user();
    if (provider === 'stripe') await t.call('POST', '/api/connectors/connect', { token: session.token, body: { provider, api_key: STRIPE_KEY } });
    else await t.connectOAuth(session, provider, provider === 'shopify' ? { shop: 'acme.myshopify.com' } : {});
    const subscription = await subscribe(session, [eventType]);

    const sent = await t.admin('POST', `/providers/${provider}/events`, { user_id: session.userId, type });

    expect([sent.status, sent.body.status]).toEqual([200, 200]);
    expect(sent.body.delivery_id).toEqual(expect.any(String));
    const event = await delivered(subscription);
    expect(event).toMatchObject({ type: eventType, provider, brand_id: session.brandId });
    if (provider === 'stripe') expect(event.data).toMatchObject({ id: sent.body.delivery_id, type, object: 'event' });
    if (provider === 'shopify') expect(event.connection_account).toBe('acme.myshopify.com');
  });

  it('sends the payload it is given; the same Stripe event twice is answered 200 both times and listed once', async () => {
    const session = await t.user();
    await t.connectOAuth(session, 'github');
    const payload = { action: 'opened', number: 7, pull_request: { title: 'Ship it' } };
    const sent = await t.admin('POST', '/providers/github/events', { user_id: session.userId, type: 'pull_request', payload });
    expect(sent.body.status).toBe(200);
    const [event] = (await t.call('GET', '/api/connectors/events?type=github.pull_request.opened', { token: session.token })).body.events;
    expect(event.data).toEqual(payload);

    const stripeUser = await t.user();
    await t.call('POST', '/api/connectors/connect', { token: stripeUser.token, body: { provider: 'stripe', api_key: STRIPE_KEY } });
    const stripeEvent = { id: 'evt_given', object: 'event', type: 'invoice.created', data: { object: { id: 'in_1' } } };
    const once = await t.admin('POST', '/providers/stripe/events', { user_id: stripeUser.userId, type: 'invoice.created', payload: stripeEvent });
    const twice = await t.admin('POST', '/providers/stripe/events', { user_id: stripeUser.userId, type: 'invoice.created', payload: stripeEvent });
    expect([once.body, twice.body]).toEqual([
      { status: 200, delivery_id: 'evt_given' },
      { status: 200, delivery_id: 'evt_given' },
    ]);
    expect((await t.call('GET', '/api/connectors/events?type=stripe.invoice.created', { token: stripeUser.token })).body.events).toHaveLength(1);
  });

  it('refuses a provider without webhooks, a user without the connection, and a type without a sample or payload', async () => {
    const session = await t.user();
    expect((await t.admin('POST', '/providers/meta/events', { user_id: session.userId, type: 'x' })).status).toBe(404);
    const missing = await t.admin('POST', '/providers/github/events', { user_id: session.userId, type: 'push' });
    expect([missing.status, missing.body.detail]).toEqual([404, expect.stringContaining('has no GitHub connection')]);
    await t.connectOAuth(session, 'github');
    const unknown = await t.admin('POST', '/providers/github/events', { user_id: session.userId, type: 'issues' });
    expect(unknown.status).toBe(422);
    expect(JSON.stringify(unknown.body)).toContain('send a payload');
  });
});

describe('the webhook URL', () => {
  it('is 404 for an unknown hook token and for a provider that sends no webhooks, with no bearer token involved', async () => {
    const { hook } = await stripeSession();
    const unknown = await post(hook.url.replace(/[^/]+$/, 'not-a-hook-token'), '{}', {});
    const meta = await post(`${baseUrl}/api/webhooks/meta/whatever`, '{}', {});
    expect(unknown).toEqual({ status: 404, body: { detail: expect.stringContaining('No Stripe connection has this webhook URL') } });
    expect(meta).toEqual({ status: 404, body: { detail: expect.stringContaining('sends no webhooks') } });
  });

  it('ends with the connection: after a disconnect it is 404', async () => {
    const { session, hook } = await stripeSession();
    await t.call('DELETE', '/api/connectors/stripe', { token: session.token });
    const body = '{"id": "evt_late", "type": "invoice.created"}';
    const answer = await post(hook.url, body, { 'stripe-signature': stripe.webhooks.generateTestHeaderString({ payload: body, secret: hook.secret }) });
    expect(answer.status).toBe(404);
  });

  it('refuses a signed body that is not a JSON object with 400, even with a subscriber waiting', async () => {
    const session = await t.user();
    await t.connectOAuth(session, 'github');
    const hook = await webhookOf(session, 'github');
    await subscribe(session, ['github.push']);
    for (const [n, body] of ['[1, 2]', '"push"', 'not json'].entries()) {
      const answer = await post(hook.url, body, { 'x-hub-signature-256': octokitSign(hook.secret, body), 'x-github-event': 'push', 'x-github-delivery': `odd-${n}` });
      expect(answer).toEqual({ status: 400, body: { detail: expect.stringContaining('configure the provider to send application/json') } });
    }
  });

  it('is documented in /reeve/openapi.json without the bearer session, with its answers', async () => {
    const document = (await t.call('GET', '/reeve/openapi.json')).body;
    const route = document.paths['/api/webhooks/{provider}/{hook_token}'].post;
    expect(route).toMatchObject({ summary: 'Receive a Provider Webhook', security: [] });
    expect(Object.keys(route.responses)).toEqual(['200', '400', '401', '404']);
  });

  it('takes any content type, verifying the bytes as sent', async () => {
    const session = await t.user();
    await t.connectOAuth(session, 'github');
    const hook = await webhookOf(session, 'github');
    const body = '{"ref":"refs/heads/main"}';
    const response = await fetch(hook.url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain; charset=latin1', 'x-hub-signature-256': octokitSign(hook.secret, body), 'x-github-event': 'push', 'x-github-delivery': 'text-1' },
      body,
    });
    expect(response.status).toBe(200);
  });
});
