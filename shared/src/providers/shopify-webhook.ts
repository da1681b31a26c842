/**
 * Shopify's webhook signature (docs/reeve-api.md §5): `X-Shopify-Hmac-Sha256` is the base64 HMAC-SHA256 of the raw
 * body, keyed with the app's client secret; `X-Shopify-Webhook-Id` identifies the delivery and `X-Shopify-Topic`
 * names the event. The signature carries no timestamp (Shopify's own library checks none either).
 */
import { createHmac } from 'node:crypto';
import { bodyBytes, refuse, requireHeader, sameSignatureText, type InboundRequest, type InboundVerification, type SignedProviderHeaders } from './inbound';

export const SHOPIFY_WEBHOOK_HEADERS = {
  signature: 'X-Shopify-Hmac-Sha256',
  topic: 'X-Shopify-Topic',
  shopDomain: 'X-Shopify-Shop-Domain',
  webhookId: 'X-Shopify-Webhook-Id',
  apiVersion: 'X-Shopify-API-Version',
  triggeredAt: 'X-Shopify-Triggered-At',
} as const;

/** The Admin API version our fake Shopify puts on its deliveries. */
export const SHOPIFY_API_VERSION = '2026-10';

export function shopifyWebhookSignature(secret: string, rawBody: Buffer | string): string {
  return createHmac('sha256', secret).update(bodyBytes(rawBody)).digest('base64');
}

export interface ShopifyDelivery {
  /** The app's client secret. */
  secret: string;
  rawBody: Buffer | string;
  topic: string;
  shopDomain: string;
  webhookId: string;
  /** When the event happened, for `X-Shopify-Triggered-At`. */
  triggeredAt: Date;
  apiVersion?: string;
}

/** Every header Shopify sends with a delivery, signature included. */
export function signShopifyWebhook(delivery: ShopifyDelivery): SignedProviderHeaders {
  return {
    [SHOPIFY_WEBHOOK_HEADERS.signature]: shopifyWebhookSignature(delivery.secret, delivery.rawBody),
    [SHOPIFY_WEBHOOK_HEADERS.topic]: delivery.topic,
    [SHOPIFY_WEBHOOK_HEADERS.shopDomain]: delivery.shopDomain,
    [SHOPIFY_WEBHOOK_HEADERS.webhookId]: delivery.webhookId,
    [SHOPIFY_WEBHOOK_HEADERS.apiVersion]: delivery.apiVersion ?? SHOPIFY_API_VERSION,
    [SHOPIFY_WEBHOOK_HEADERS.triggeredAt]: delivery.triggeredAt.toISOString(),
  };
}

const SECRET_FIX = "Shopify signs the raw body with the app's client secret: sign the bytes as sent, with that secret, and send the base64 digest.";

export function verifyShopifyWebhook(request: InboundRequest, secret: string): InboundVerification {
  const signature = requireHeader(request, SHOPIFY_WEBHOOK_HEADERS.signature, SECRET_FIX);
  if ('refusal' in signature) return signature.refusal;
  if (!sameSignatureText(shopifyWebhookSignature(secret, request.rawBody), signature.value)) {
    return refuse(`The ${SHOPIFY_WEBHOOK_HEADERS.signature} header does not match the body. ${SECRET_FIX}`);
  }
  const webhookId = requireHeader(request, SHOPIFY_WEBHOOK_HEADERS.webhookId, 'Shopify sends a unique id with every delivery; send it so that duplicates can be dropped.');
  if ('refusal' in webhookId) return webhookId.refusal;
  const topic = requireHeader(request, SHOPIFY_WEBHOOK_HEADERS.topic, 'Shopify names the event there, e.g. orders/create.');
  if ('refusal' in topic) return topic.refusal;
  return { ok: true, deliveryId: webhookId.value, topic: topic.value };
}
