/**
 * How each fake OAuth provider issues and renews tokens: the "refresh model" column of docs/reeve-api.md §2, which is
 * the reference server's behaviour (the provider table in the client holds only what the API itself says).
 *
 * - `keep`: a refresh returns a new access token and no refresh token, so the old one is kept (§4 "Refresh") [P].
 * - `rotate`: every refresh returns a new refresh token and ends the old one (Shopify, GitHub) [P].
 * - `exchange`: no refresh token; a live access token is exchanged for a new one, never an expired one (Meta) [P].
 * - `never`: the token does not expire (Slack) [C].
 */
import type { ProviderSlug } from '@integration-pack/core/reeve/api';

export type RefreshModel = 'keep' | 'rotate' | 'exchange' | 'never';

export interface TokenModel {
  refresh: RefreshModel;
  /** Seconds an access token lives; null when it never expires. */
  accessSeconds: number | null;
  /** Seconds a refresh token lives from its issue; null until revoked (or when there is none). */
  refreshSeconds: number | null;
  /** The scopes the consent page asks for. */
  scopes: readonly string[];
  /** The account the fake provider says was connected (Shopify names the shop instead). */
  accountName: string;
}

const HOUR = 3600;
const DAY = 24 * HOUR;

export type OAuthProviderSlug = 'meta' | 'google_ads' | 'tiktok_ads' | 'shopify' | 'github' | 'slack';

export const TOKEN_MODELS: Readonly<Record<OAuthProviderSlug, TokenModel>> = {
  // About 60 days [P]; exchanged before it runs out.
  meta: { refresh: 'exchange', accessSeconds: 60 * DAY, refreshSeconds: null, scopes: ['ads_read', 'ads_management', 'business_management'], accountName: 'Acme Ads Account' },
  // 1 h access token; the refresh token lasts until revoked [P].
  google_ads: { refresh: 'keep', accessSeconds: HOUR, refreshSeconds: null, scopes: ['https://www.googleapis.com/auth/adwords'], accountName: 'Acme Google Ads (123-456-7890)' },
  // 24 h access token [C]; its refresh token lasts a year [C, as TikTok's own docs say 365 days].
  tiktok_ads: { refresh: 'keep', accessSeconds: DAY, refreshSeconds: 365 * DAY, scopes: ['ad.read', 'report.read'], accountName: 'Acme TikTok Ads' },
  // Expiring offline token of 60 min, refresh token of 90 days replaced on every use [P].
  shopify: { refresh: 'rotate', accessSeconds: HOUR, refreshSeconds: 90 * DAY, scopes: ['read_products', 'read_orders', 'read_customers', 'read_inventory'], accountName: '' },
  // 8 h user token, 6-month refresh token that a refresh replaces [P].
  github: { refresh: 'rotate', accessSeconds: 8 * HOUR, refreshSeconds: 183 * DAY, scopes: ['repo', 'read:org', 'workflow'], accountName: 'acme-inc' },
  // Never expires [C].
  slack: { refresh: 'never', accessSeconds: null, refreshSeconds: null, scopes: ['channels:read', 'chat:write', 'users:read'], accountName: 'Acme Workspace' },
};

export function isOAuthProvider(slug: ProviderSlug): slug is OAuthProviderSlug {
  return Object.hasOwn(TOKEN_MODELS, slug);
}
