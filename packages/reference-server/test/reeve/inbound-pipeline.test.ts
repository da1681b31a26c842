/**
 * Endpoint 10's pipeline without HTTP (docs/reeve-api.md §3, §4 "Inbound webhooks", §5): deliveries signed by the
 * providers' own libraries become SystemEvents and go on to subscribers signed the Standard Webhooks way; forged,
 * unsigned, stale and re-serialised ones are 401; a repeated delivery id emits nothing; unknown hooks are 404.
 */
import Stripe from 'stripe';
import { Webhook } from 'standardwebhooks';
import { signShopifyWebhook } from '@reevo/client/providers';
import { DetailError } from '../../src/http/errors';
import { inboundContext } from '../../src/reeve/inbound/inbound-routes';
import { receiveProviderWebhook, type InboundDelivery } from '../../src/reeve/inbound/receive';
import { ReferenceRuntime } from '../../src/runtime/reference-runtime';
import { startWebhookReceiver, type WebhookReceiver } from '../../src/webhooks/receiver';
import { octokitSign } from '../../../../test-support/octokit-webhooks';
import { hookedConnection, newUser } from './hooked-connections';

const stripe = new Stripe('sk_test_reference');
let runtime: ReferenceRuntime;
let receiver: WebhookReceiver;

beforeEach(async () => {
  runtime = new ReferenceRuntime({ timeScale: 0.001 });
  receiver = await startWebhookReceiver({ respond: () => 204 });
});
afterEach(async () => {
  await runtime.close();
  await receiver.close();
});

function receive(delivery: InboundDelivery) {
  return receiveProviderWebhook(inboundContext(runtime), delivery);
}

function refusal(delivery: InboundDelivery): { status: number; detail: string } {
  try {
    receive(delivery);
  } catch (error) {
    if (error instanceof DetailError) return { status: error.statusCode, detail: error.message };
    throw error;
  }
  throw new Error('The delivery was accepted');
}

function setUp(provider: 'shopify' | 'stripe' | 'github', events: Parameters<ReferenceRuntime['reeveEvents']['subscriptions']['create']>[1]['events']) {
  const user = newUser(runtime);
  const scope = { userId: user.id, brandId: user.defaultBrandId };
  const connection = hookedConnection(runtime, provider, scope);
  const subscription = runtime.reeveEvents.subscriptions.create(scope, { url: receiver.url, events });
  return { scope, connection, subscription };
}

async function deliveredEvent(secret: string) {
  const [delivery] = await runtime.webhooks.settle();
  expect(delivery?.state).toBe('delivered');
  const request = receiver.requests.at(-1);
  return new Webhook(secret).verify(request?.body ?? '', request?.headers ?? {}) as Record<string, unknown>;
}

describe('a Stripe delivery signed by stripe-node', () => {
  it('becomes stripe.payment.succeeded, listed and delivered to the subscriber with a Standard Webhooks signature', async () => {
    const { scope, connection, subscription } = setUp('stripe', ['stripe.payment.succeeded']);
    const body = JSON.stringify({ id: 'evt_pay_1', object: 'event', type: 'payment_intent.succeeded', data: { object: { id: 'pi_1', amount: 2000 } } });
    const header = stripe.webhooks.generateTestHeaderString({ payload: body, secret: connection.webhookSecret as string });

    expect(receive({ provider: 'stripe', hookToken: connection.hookToken as string, headers: { 'stripe-signature': header }, rawBody: Buffer.from(body) })).toEqual({ received: true });

    const [event] = runtime.reeveEvents.log.list({ ...scope, limit: 20 });
    expect(event).toMatchObject({ type: 'stripe.payment.succeeded', provider: 'stripe', brand_id: scope.brandId, connection_account: 'Acme Inc.', data: JSON.parse(body) });
    expect(event?.id).toMatch(/^evt_[0-9a-f]{24}$/);
    expect(await deliveredEvent(subscription.secret)).toEqual(event);
  });

  it('is refused with 401 when stale, forged, unsigned or re-serialised, and emits nothing', () => {
    const { scope, connection } = setUp('stripe', ['stripe.payment.succeeded']);
    const body = '{\n  "id": "evt_pay_2",\n  "type": "payment_intent.succeeded"\n}';
    const secret = connection.webhookSecret as string;
    const hookToken = connection.hookToken as string;
    const stale = stripe.webhooks.generateTestHeaderString({ payload: body, secret, timestamp: Math.floor(Date.now() / 1000) - 301 });
    const forged = stripe.webhooks.generateTestHeaderString({ payload: body, secret: 'whsec_not_the_secret' });
    const good = stripe.webhooks.generateTestHeaderString({ payload: body, secret });

    expect(refusal({ provider: 'stripe', hookToken, headers: { 'stripe-signature': stale }, rawBody: body })).toEqual({ status: 401, detail: expect.stringContaining('past the 300 s tolerance') });
    expect(refusal({ provider: 'stripe', hookToken, headers: { 'stripe-signature': forged }, rawBody: body })).toEqual({ status: 401, detail: expect.stringContaining('No v1 signature') });
    expect(refusal({ provider: 'stripe', hookToken, headers: {}, rawBody: body })).toEqual({ status: 401, detail: expect.stringContaining('Stripe-Signature header is missing') });
    expect(refusal({ provider: 'stripe', hookToken, headers: { 'stripe-signature': good }, rawBody: JSON.stringify(JSON.parse(body)) }).status).toBe(401);
    expect(runtime.reeveEvents.log.list({ ...scope, limit: 20 })).toEqual([]);
  });
});

describe('a GitHub delivery signed by @octokit/webhooks-methods', () => {
  it('becomes github.pull_request.opened when opened; a closed pull request and a ping are received and emit nothing', async () => {
    const { scope, connection, subscription } = setUp('github', ['github.pull_request.opened', 'github.push']);
    const secret = connection.webhookSecret as string;
    const send = (event: string, deliveryId: string, payload: unknown) => {
      const body = JSON.stringify(payload);
      return receive({ provider: 'github', hookToken: connection.hookToken as string, headers: { 'x-hub-signature-256': octokitSign(secret, body), 'x-github-event': event, 'x-github-delivery': deliveryId }, rawBody: body });
    };

    expect(send('ping', 'd-ping', { zen: 'Design for failure.' })).toEqual({ received: true });
    expect(send('pull_request', 'd-closed', { action: 'closed', number: 1 })).toEqual({ received: true });
    expect(send('pull_request', 'd-opened', { action: 'opened', number: 2 })).toEqual({ received: true });

    expect(runtime.reeveEvents.log.list({ ...scope, limit: 20 }).map((event) => [event.type, (event.data as { number: number }).number])).toEqual([['github.pull_request.opened', 2]]);
    expect(await deliveredEvent(subscription.secret)).toMatchObject({ type: 'github.pull_request.opened', provider: 'github', data: { action: 'opened', number: 2 } });
  });
});

describe('a Shopify delivery', () => {
  it('is received once: the same X-Shopify-Webhook-Id again is answered duplicate and emits nothing', () => {
    const { scope, connection } = setUp('shopify', ['shopify.order.created']);
    const body = '{"id":549755813,"name":"#1001"}';
    const headers = signShopifyWebhook({ secret: connection.webhookSecret as string, rawBody: body, topic: 'orders/create', shopDomain: 'acme.myshopify.com', webhookId: 'wh-1', triggeredAt: new Date() });
    const delivery = { provider: 'shopify', hookToken: connection.hookToken as string, headers, rawBody: body };

    expect(receive(delivery)).toEqual({ received: true });
    expect(receive(delivery)).toEqual({ received: true, duplicate: true });
    expect(runtime.reeveEvents.log.list({ ...scope, limit: 20 }).map((event) => event.type)).toEqual(['shopify.order.created']);
  });
});

describe('the webhook URL', () => {
  it('is 404 for an unknown hook token, another provider, a provider without webhooks and a disconnected connection', () => {
    const { connection } = setUp('github', ['github.push']);
    const hookToken = connection.hookToken as string;
    const body = '{}';
    const headers = { 'x-hub-signature-256': octokitSign(connection.webhookSecret as string, body), 'x-github-event': 'push', 'x-github-delivery': 'd-1' };

    expect(refusal({ provider: 'github', hookToken: 'f'.repeat(32), headers, rawBody: body })).toEqual({ status: 404, detail: expect.stringContaining('No GitHub connection has this webhook URL') });
    expect(refusal({ provider: 'stripe', hookToken, headers, rawBody: body }).status).toBe(404);
    expect(refusal({ provider: 'meta', hookToken, headers, rawBody: body })).toEqual({ status: 404, detail: expect.stringContaining('"meta" sends no webhooks') });
    expect(refusal({ provider: 'nope', hookToken, headers, rawBody: body }).status).toBe(404);
    connection.status = 'disconnected';
    expect(refusal({ provider: 'github', hookToken, headers, rawBody: body }).status).toBe(404);
  });
});
