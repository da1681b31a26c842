/**
 * Shopify's webhook scheme (docs/reeve-api.md §5): base64 HMAC-SHA256 of the raw body with the app's client secret.
 * Shopify ships no standalone verifier we could run here (its library needs a whole app), so the digests are checked
 * against GitHub's documented vector re-encoded in base64 and one computed with Python's hmac.
 */
import { createHmac } from 'node:crypto';
import { SHOPIFY_WEBHOOK_HEADERS, shopifyWebhookSignature, signShopifyWebhook, verifyShopifyWebhook } from '../../src/providers';

const SECRET = 'hush';
const BODY = '{"id":549755813,"name":"#1001","total_price":"49.00"}';

function delivery(body = BODY, secret = SECRET) {
  return {
    headers: signShopifyWebhook({ secret, rawBody: body, topic: 'orders/create', shopDomain: 'acme.myshopify.com', webhookId: 'b54557e4-bdd9-4b37-8a5f-bf7d70bcd043', triggeredAt: new Date('2026-11-30T12:00:00Z') }),
    rawBody: Buffer.from(body),
  };
}

describe('Shopify webhook signatures', () => {
  it('is the base64 HMAC-SHA256 of the raw body, keyed with the client secret', () => {
    // GitHub's documented vector is the same HMAC in hex (757107ea…3e17); Shopify sends its base64.
    expect(shopifyWebhookSignature("It's a Secret to Everybody", 'Hello, World!')).toBe('dXEH6g6yUJ/CESIczphLijdXC211hsIsRvQ3nIsEPhc=');
    // Python: base64.b64encode(hmac.new(b"hush", b"Hello, World!", hashlib.sha256).digest())
    expect(shopifyWebhookSignature(SECRET, 'Hello, World!')).toBe('eWqogvoUoHfxGozoOur/6mK8fpong0+pPgXKo6qlu0Q=');
    expect(shopifyWebhookSignature(SECRET, BODY)).toBe(createHmac('sha256', SECRET).update(BODY).digest('base64'));
  });

  it('verifies a delivery, reading its id and topic, with header names in any case', () => {
    const request = delivery();
    expect(verifyShopifyWebhook(request, SECRET)).toEqual({ ok: true, deliveryId: 'b54557e4-bdd9-4b37-8a5f-bf7d70bcd043', topic: 'orders/create' });
    const lowered = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name.toLowerCase(), value]));
    expect(verifyShopifyWebhook({ headers: lowered, rawBody: request.rawBody }, SECRET).ok).toBe(true);
  });

  it('sends every header Shopify documents', () => {
    expect(Object.keys(delivery().headers).sort()).toEqual(Object.values(SHOPIFY_WEBHOOK_HEADERS).sort());
  });

  it('refuses a missing signature, naming the header', () => {
    const { [SHOPIFY_WEBHOOK_HEADERS.signature]: _dropped, ...headers } = delivery().headers;
    expect(verifyShopifyWebhook({ headers, rawBody: BODY }, SECRET)).toEqual({ ok: false, reason: expect.stringContaining('The X-Shopify-Hmac-Sha256 header is missing') });
  });

  it('refuses a signature made with another secret, and a hex digest in place of base64', () => {
    expect(verifyShopifyWebhook(delivery(BODY, 'not the secret'), SECRET)).toEqual({ ok: false, reason: expect.stringContaining('does not match the body') });
    const hex = createHmac('sha256', SECRET).update(BODY).digest('hex');
    expect(verifyShopifyWebhook({ ...delivery(), headers: { ...delivery().headers, [SHOPIFY_WEBHOOK_HEADERS.signature]: hex } }, SECRET).ok).toBe(false);
  });

  it('refuses a body parsed and serialised again', () => {
    const sent = '{ "id": 1, "title": "Mug" }';
    expect(verifyShopifyWebhook(delivery(sent), SECRET).ok).toBe(true);
    expect(verifyShopifyWebhook({ ...delivery(sent), rawBody: JSON.stringify(JSON.parse(sent)) }, SECRET).ok).toBe(false);
  });

  it('refuses a signed delivery without its webhook id or topic', () => {
    for (const header of [SHOPIFY_WEBHOOK_HEADERS.webhookId, SHOPIFY_WEBHOOK_HEADERS.topic]) {
      const { [header]: _dropped, ...headers } = delivery().headers;
      expect(verifyShopifyWebhook({ headers, rawBody: BODY }, SECRET)).toEqual({ ok: false, reason: expect.stringContaining(`The ${header} header is missing`) });
    }
  });
});
