/**
 * Provider webhook deliveries as the providers themselves would send them (docs/reeve-api.md §5), signed with each
 * provider's own code where it publishes some: Stripe's `stripe` package, GitHub's `@octokit/webhooks-methods`.
 * Shopify publishes no standalone signer (its `@shopify/shopify-api` is a whole app framework), so its base64
 * HMAC-SHA256 of the raw body is made with node:crypto, as Shopify's documentation spells it.
 */
import { createHmac, randomUUID } from 'node:crypto';
import Stripe from 'stripe';
// @octokit/webhooks-methods is ESM-only: the repo's tests run it in a child process (the helper says why).
import { octokitSign } from '../../../test-support/octokit-webhooks';

export type InboundProvider = 'shopify' | 'stripe' | 'github';

export interface ProviderDelivery {
  headers: Record<string, string>;
  /** The exact bytes signed and sent. */
  body: string;
  /** The provider's delivery id, which Reeve deduplicates on. */
  deliveryId: string;
}

export interface DeliveryInput {
  secret: string;
  /** The provider's own topic or event type: `orders/create`, `payment_intent.succeeded`, `push`. */
  topic: string;
  payload: Record<string, unknown>;
  /** Reuse an id to send the same delivery again. */
  deliveryId?: string;
}

/**
 * The payload's bytes as a provider might lay them out: spaced and key-ordered its own way, so that a server which
 * verifies a re-serialised body instead of the bytes received fails (docs/reeve-api.md §5).
 */
function providerBytes(payload: unknown): string {
  return `${JSON.stringify(payload, null, 1)}\n`;
}

export async function signedDelivery(provider: InboundProvider, input: DeliveryInput): Promise<ProviderDelivery> {
  switch (provider) {
    case 'stripe': {
      const deliveryId = input.deliveryId ?? `evt_${randomUUID().replace(/-/g, '').slice(0, 24)}`;
      const body = providerBytes({ id: deliveryId, object: 'event', type: input.topic, data: { object: input.payload }, livemode: false, api_version: '2025-09-30' });
      const signature = Stripe.webhooks.generateTestHeaderString({ payload: body, secret: input.secret });
      return { deliveryId, body, headers: { 'content-type': 'application/json; charset=utf-8', 'stripe-signature': signature, 'user-agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)' } };
    }
    case 'github': {
      const deliveryId = input.deliveryId ?? randomUUID();
      const body = providerBytes(input.payload);
      return {
        deliveryId,
        body,
        headers: {
          'content-type': 'application/json',
          'x-hub-signature-256': octokitSign(input.secret, body),
          'x-github-event': input.topic,
          'x-github-delivery': deliveryId,
          'x-github-hook-id': '424242',
          'user-agent': 'GitHub-Hookshot/conformance',
        },
      };
    }
    case 'shopify': {
      const deliveryId = input.deliveryId ?? randomUUID();
      const body = providerBytes(input.payload);
      return {
        deliveryId,
        body,
        headers: {
          'content-type': 'application/json',
          'x-shopify-hmac-sha256': createHmac('sha256', input.secret).update(body, 'utf8').digest('base64'),
          'x-shopify-topic': input.topic,
          'x-shopify-shop-domain': 'conformance-shop.myshopify.com',
          'x-shopify-webhook-id': deliveryId,
          'x-shopify-api-version': '2026-01',
          'x-shopify-triggered-at': new Date().toISOString(),
        },
      };
    }
  }
}

/** A payload of each inbound topic, close to the provider's own samples. */
export const SAMPLE_PAYLOADS: Record<InboundProvider, { topic: string; event: string; payload: Record<string, unknown> }> = {
  shopify: { topic: 'orders/create', event: 'shopify.order.created', payload: { id: 820982911946154500, name: '#9999', total_price: '403.00', currency: 'USD', email: 'jon@example.com' } },
  stripe: { topic: 'payment_intent.succeeded', event: 'stripe.payment.succeeded', payload: { id: 'pi_3MtwBwLkdIwHu7ix28a3tqPa', object: 'payment_intent', amount: 2000, currency: 'usd', status: 'succeeded' } },
  github: { topic: 'push', event: 'github.push', payload: { ref: 'refs/heads/main', before: '6113728f27ae82c7b1a177c8d03f9e96e0adf246', after: '0000000000000000000000000000000000000000', repository: { id: 1296269, full_name: 'octocat/Hello-World' }, pusher: { name: 'octocat' } } },
};
