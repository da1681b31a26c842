/**
 * Shopify's OAuth callback HMAC and shop rule (docs/reeve-api.md §5), checked against the vector published with
 * Shopify OAuth libraries (secret `hush`), recomputed in the project's research notes.
 */
import { isShopifyShop, shopifyCallbackMessage, signShopifyCallback, verifyShopifyCallback } from '../../src/providers/shopify-oauth';

const SECRET = 'hush';
const SIGNED = { code: '0907a61c0c8d55e99db179b68161bc00', shop: 'some-shop.myshopify.com', state: '0.6784241404160823', timestamp: '1337178173' };
const SIGNED_AT = 1337178173;

describe('Shopify callback HMAC', () => {
  test("matches Shopify's documented vectors", () => {
    expect(signShopifyCallback(SIGNED, SECRET)).toBe('700e2dadb827fcc8609e9d5ce208b2e9cdaab9df07390d2cbca10d7c328fc4bf');
    const { state: _state, ...withoutState } = SIGNED;
    expect(signShopifyCallback(withoutState, SECRET)).toBe('4712bf92ffc2917d15a2f5a273e39f0116667419aa4b6ac0b3baaf26fa3c4d20');
  });

  test('signs the parameters sorted by name, without hmac or signature, URL-encoded', () => {
    expect(shopifyCallbackMessage({ timestamp: '1', hmac: 'x', signature: 'y', code: 'a b', host: 'c2hvcC9hZG1pbg==' })).toBe('code=a%20b&host=c2hvcC9hZG1pbg%3D%3D&timestamp=1');
  });

  test('accepts a good hmac within 90 s, in either case, and refuses a bad, missing or stale one', () => {
    const hmac = signShopifyCallback(SIGNED, SECRET);
    expect(verifyShopifyCallback({ ...SIGNED, hmac }, SECRET, SIGNED_AT + 90)).toEqual({ valid: true });
    expect(verifyShopifyCallback({ ...SIGNED, hmac: hmac.toUpperCase() }, SECRET, SIGNED_AT - 90)).toEqual({ valid: true });
    expect(verifyShopifyCallback({ ...SIGNED, hmac }, SECRET, SIGNED_AT + 91)).toEqual({ valid: false, reason: 'stale_timestamp' });
    expect(verifyShopifyCallback({ ...SIGNED, hmac }, 'another secret', SIGNED_AT)).toEqual({ valid: false, reason: 'bad_hmac' });
    expect(verifyShopifyCallback({ ...SIGNED, state: 'changed', hmac }, SECRET, SIGNED_AT)).toEqual({ valid: false, reason: 'bad_hmac' });
    expect(verifyShopifyCallback({ ...SIGNED, hmac: hmac.slice(1) }, SECRET, SIGNED_AT)).toEqual({ valid: false, reason: 'bad_hmac' });
    expect(verifyShopifyCallback(SIGNED, SECRET, SIGNED_AT)).toEqual({ valid: false, reason: 'missing_hmac' });
  });
});

describe('Shopify shop rule', () => {
  test.each(['acme.myshopify.com', 'a-1.myshopify.com', 'ACME.myshopify.com'])('accepts %s', (shop) => expect(isShopifyShop(shop)).toBe(true));
  test.each(['evil.myshopify.com.attacker.example', 'https://acme.myshopify.com', '-acme.myshopify.com', 'acme.shopify.com', 'acme.myshopify.com/', 'ac me.myshopify.com', ''])(
    'refuses %s',
    (shop) => expect(isShopifyShop(shop)).toBe(false),
  );
});
