/**
 * The providers' own signing rules (docs/reeve-api.md §5), for the reference server and tests: the signature schemes
 * of the providers that send Reeve webhooks (to verify what arrives and to sign what the fake providers send), and
 * Shopify's OAuth callback HMAC. Each signs and verifies the raw bytes with node:crypto and compares in constant time.
 */
import { signGitHubWebhook, verifyGitHubWebhook } from './github';
import type { InboundRequest, InboundVerification } from './inbound';
import { signShopifyWebhook, verifyShopifyWebhook } from './shopify-webhook';
import { signStripeWebhook, verifyStripeWebhook } from './stripe';

export * from './inbound';
export * from './shopify-webhook';
export * from './stripe';
export * from './github';
export * from './shopify-oauth';

/** The scheme names, as a connection's `webhook.scheme` says them (docs/reeve-api.md §6). */
export type InboundScheme = 'shopify' | 'stripe' | 'github';
export const INBOUND_SCHEMES: readonly InboundScheme[] = ['shopify', 'stripe', 'github'];

export function isInboundScheme(value: string): value is InboundScheme {
  return (INBOUND_SCHEMES as readonly string[]).includes(value);
}

/** Verifies a delivery by its provider's scheme. `nowSeconds` is real time, read by the schemes that sign one (Stripe). */
export function verifyInbound(scheme: InboundScheme, request: InboundRequest, secret: string, nowSeconds?: number): InboundVerification {
  switch (scheme) {
    case 'shopify':
      return verifyShopifyWebhook(request, secret);
    case 'stripe':
      return verifyStripeWebhook(request, secret, nowSeconds === undefined ? {} : { nowSeconds });
    case 'github':
      return verifyGitHubWebhook(request, secret);
  }
}

/** What a fake provider needs to send one delivery, whatever its scheme. */
export interface OutboundDelivery {
  secret: string;
  rawBody: string;
  /** The provider's topic (`orders/create`, `push`); Stripe's is inside the body. */
  topic: string;
  /** The delivery id (Shopify's webhook id, GitHub's GUID); Stripe's is the event id inside the body. */
  deliveryId: string;
  /** Real time in seconds, for the schemes that sign a time. */
  nowSeconds: number;
  /** The account the delivery comes from (Shopify's shop domain, GitHub's hook id). */
  account: string;
}

/** Every header of a delivery by its provider's scheme, signature included. */
export function signInbound(scheme: InboundScheme, delivery: OutboundDelivery): Record<string, string> {
  switch (scheme) {
    case 'shopify':
      return signShopifyWebhook({
        secret: delivery.secret,
        rawBody: delivery.rawBody,
        topic: delivery.topic,
        shopDomain: delivery.account,
        webhookId: delivery.deliveryId,
        triggeredAt: new Date(delivery.nowSeconds * 1000),
      });
    case 'stripe':
      return signStripeWebhook({ secret: delivery.secret, rawBody: delivery.rawBody, timestampSeconds: delivery.nowSeconds });
    case 'github':
      return signGitHubWebhook({ secret: delivery.secret, rawBody: delivery.rawBody, event: delivery.topic, deliveryId: delivery.deliveryId, hookId: delivery.account });
  }
}
