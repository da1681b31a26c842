/**
 * Shopify's OAuth redirect rules (docs/reeve-api.md §3 endpoint 1 and 2, §5 "Shopify OAuth callback"), for the
 * reference server's fake Shopify (which signs its callbacks) and its callback endpoint (which verifies them):
 *
 * - the `hmac` query parameter is the hex HMAC-SHA256, keyed with the app's client secret, of every other query
 *   parameter (the legacy `signature` excepted), sorted by name and URL-encoded as `key=value` joined with `&`, as
 *   Shopify's own library builds it (`querystring.stringify` of the sorted parameters);
 * - its `timestamp` may be at most 90 s away from real time;
 * - a shop is `<name>.myshopify.com`, the pattern anchored at both ends, so `evil.myshopify.com.attacker.example`
 *   is refused.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** Shopify's `HMAC_TIMESTAMP_PERMITTED_CLOCK_TOLERANCE_SEC` [P]. */
export const SHOPIFY_CALLBACK_WINDOW_SECONDS = 90;

/** `<name>.myshopify.com`: a letter or digit first, then letters, digits and hyphens; anchored at both ends [P]. */
export const SHOPIFY_SHOP_PATTERN = /^[a-zA-Z0-9][a-zA-Z0-9-]*\.myshopify\.com$/;

const UNSIGNED_PARAMETERS = new Set(['hmac', 'signature']);

export function isShopifyShop(shop: string): boolean {
  return SHOPIFY_SHOP_PATTERN.test(shop);
}

/** The string Shopify signs: the parameters but `hmac` and `signature`, sorted by name, `key=value&…`. */
export function shopifyCallbackMessage(query: Readonly<Record<string, string>>): string {
  return Object.keys(query)
    .filter((name) => !UNSIGNED_PARAMETERS.has(name))
    .sort()
    .map((name) => `${encodeURIComponent(name)}=${encodeURIComponent(query[name] as string)}`)
    .join('&');
}

/** The `hmac` Shopify puts on a redirect with these parameters. */
export function signShopifyCallback(query: Readonly<Record<string, string>>, clientSecret: string): string {
  return createHmac('sha256', clientSecret).update(shopifyCallbackMessage(query)).digest('hex');
}

export type ShopifyCallbackCheck = { valid: true } | { valid: false; reason: 'missing_hmac' | 'bad_hmac' | 'missing_timestamp' | 'stale_timestamp' };

/**
 * Checks a callback's `hmac` (in constant time) and then its `timestamp` against `nowSeconds`, real time: Shopify
 * signed it on its own clock.
 */
export function verifyShopifyCallback(query: Readonly<Record<string, string>>, clientSecret: string, nowSeconds: number): ShopifyCallbackCheck {
  const received = query.hmac;
  if (received === undefined || received === '') return { valid: false, reason: 'missing_hmac' };
  const expected = Buffer.from(signShopifyCallback(query, clientSecret), 'utf8');
  const given = Buffer.from(received.toLowerCase(), 'utf8');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { valid: false, reason: 'bad_hmac' };
  const timestamp = Number(query.timestamp);
  if (query.timestamp === undefined || !Number.isFinite(timestamp)) return { valid: false, reason: 'missing_timestamp' };
  if (Math.abs(nowSeconds - timestamp) > SHOPIFY_CALLBACK_WINDOW_SECONDS) return { valid: false, reason: 'stale_timestamp' };
  return { valid: true };
}
