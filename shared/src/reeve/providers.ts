/**
 * Reeve's providers (docs/reeve-api.md §2) and the event types a subscription can ask for (§4 "Events for
 * subscriptions"), as data: the catalog, the reference server and the platform layers read them from here.
 * Token lifetimes and refresh models are the reference server's behaviour and live with it, not here.
 */

/** Every event type a subscription can name (docs/reeve-api.md §4), provider events first, then lifecycle events. */
export const REEVE_EVENT_TYPES = [
  'shopify.order.created',
  'shopify.product.updated',
  'shopify.inventory.updated',
  'stripe.payment.succeeded',
  'stripe.subscription.updated',
  'stripe.invoice.created',
  'github.push',
  'github.pull_request.opened',
  'github.deployment_status',
  'connection.connected',
  'connection.disconnected',
  'connection.expired',
  'connection.error',
] as const;
export type ReeveEventType = (typeof REEVE_EVENT_TYPES)[number];

/** The events about a connection itself; their `data` is the Connection (docs/reeve-api.md §4). */
export const CONNECTION_EVENT_TYPES = ['connection.connected', 'connection.disconnected', 'connection.expired', 'connection.error'] as const satisfies readonly ReeveEventType[];
export type ConnectionEventType = (typeof CONNECTION_EVENT_TYPES)[number];

export type ProviderKind = 'oauth' | 'api_key' | 'service_account';

export interface ReeveProvider {
  /** The slug in paths and bodies ([C], docs/reeve-api.md §2). */
  slug: string;
  /** The provider's name as Reeve shows it, for messages ("Reconnect Shopify: …"). */
  name: string;
  kind: ProviderKind;
  /** The `reeve_*` agent tools a connection enables; empty where §2 names none (GitHub, Slack, Vercel, …). */
  tools: readonly string[];
  /**
   * The provider's own webhook topics Reeve receives and the event each becomes: Shopify's `X-Shopify-Topic`,
   * Stripe's event `type`, GitHub's `X-GitHub-Event`. Empty for providers that send no webhooks (endpoint 10 is 404).
   */
  inbound: Readonly<Record<string, ReeveEventType>>;
  /**
   * For an inbound topic that carries an `action` (GitHub), the only actions that become the event; a delivery
   * with another action is received but emits nothing (`pull_request` becomes `github.pull_request.opened` only
   * when opened). Topics not listed here emit whatever their action.
   */
  inboundActions: Readonly<Record<string, readonly string[]>>;
  /** The `config` fields Connect (endpoint 3) needs beside the key ([C], docs/reeve-api.md §2 "Extra settings"). */
  configFields: readonly string[];
  /**
   * The key prefixes a masked key keeps (`sk_live_****abcd`), longest first; a key without one of these shows its
   * first 4 characters instead (docs/reeve-api.md §4 "API keys").
   */
  keyPrefixes: readonly string[];
  /** Whether disconnecting revokes the grant at the provider (docs/reeve-api.md §4 "Disconnect"). */
  revokes: boolean;
}

const NONE = {} as const;

/**
 * The fifteen providers in §2's order. Key prefixes are the providers' own ([P]: Stripe's secret and restricted
 * keys, PostHog's project and personal keys, Klaviyo's private keys, Figma's personal access tokens).
 */
export const REEVE_PROVIDERS = {
  meta: { slug: 'meta', name: 'Meta Ads', kind: 'oauth', tools: ['reeve_ads'], inbound: NONE, inboundActions: NONE, configFields: [], keyPrefixes: [], revokes: true },
  google_ads: { slug: 'google_ads', name: 'Google Ads', kind: 'oauth', tools: ['reeve_ads'], inbound: NONE, inboundActions: NONE, configFields: [], keyPrefixes: [], revokes: true },
  tiktok_ads: { slug: 'tiktok_ads', name: 'TikTok Ads', kind: 'oauth', tools: ['reeve_ads'], inbound: NONE, inboundActions: NONE, configFields: [], keyPrefixes: [], revokes: false },
  shopify: {
    slug: 'shopify',
    name: 'Shopify',
    kind: 'oauth',
    tools: ['reeve_shopify'],
    inbound: { 'orders/create': 'shopify.order.created', 'products/update': 'shopify.product.updated', 'inventory_levels/update': 'shopify.inventory.updated' },
    inboundActions: NONE,
    configFields: [],
    keyPrefixes: [],
    revokes: false,
  },
  github: {
    slug: 'github',
    name: 'GitHub',
    kind: 'oauth',
    tools: [],
    inbound: { push: 'github.push', pull_request: 'github.pull_request.opened', deployment_status: 'github.deployment_status' },
    inboundActions: { pull_request: ['opened'] },
    configFields: [],
    keyPrefixes: [],
    revokes: true,
  },
  slack: { slug: 'slack', name: 'Slack', kind: 'oauth', tools: [], inbound: NONE, inboundActions: NONE, configFields: [], keyPrefixes: [], revokes: true },
  stripe: {
    slug: 'stripe',
    name: 'Stripe',
    kind: 'api_key',
    tools: ['reeve_revenue'],
    inbound: { 'payment_intent.succeeded': 'stripe.payment.succeeded', 'customer.subscription.updated': 'stripe.subscription.updated', 'invoice.created': 'stripe.invoice.created' },
    inboundActions: NONE,
    configFields: [],
    keyPrefixes: ['sk_live_', 'sk_test_', 'rk_live_', 'rk_test_'],
    revokes: false,
  },
  posthog: { slug: 'posthog', name: 'PostHog', kind: 'api_key', tools: ['reeve_analytics'], inbound: NONE, inboundActions: NONE, configFields: ['project_id'], keyPrefixes: ['phc_', 'phx_'], revokes: false },
  klaviyo: { slug: 'klaviyo', name: 'Klaviyo', kind: 'api_key', tools: ['reeve_email'], inbound: NONE, inboundActions: NONE, configFields: [], keyPrefixes: ['pk_'], revokes: false },
  google_analytics: {
    slug: 'google_analytics',
    name: 'Google Analytics (GA4)',
    kind: 'service_account',
    tools: ['reeve_analytics'],
    inbound: NONE,
    inboundActions: NONE,
    configFields: ['property_id'],
    keyPrefixes: [],
    revokes: false,
  },
  gorgias: { slug: 'gorgias', name: 'Gorgias', kind: 'api_key', tools: ['reeve_support'], inbound: NONE, inboundActions: NONE, configFields: ['domain', 'email'], keyPrefixes: [], revokes: false },
  zendesk: { slug: 'zendesk', name: 'Zendesk', kind: 'api_key', tools: ['reeve_support'], inbound: NONE, inboundActions: NONE, configFields: ['subdomain', 'email'], keyPrefixes: [], revokes: false },
  vercel: { slug: 'vercel', name: 'Vercel', kind: 'api_key', tools: [], inbound: NONE, inboundActions: NONE, configFields: [], keyPrefixes: [], revokes: false },
  railway: { slug: 'railway', name: 'Railway', kind: 'api_key', tools: [], inbound: NONE, inboundActions: NONE, configFields: [], keyPrefixes: [], revokes: false },
  figma: { slug: 'figma', name: 'Figma', kind: 'api_key', tools: [], inbound: NONE, inboundActions: NONE, configFields: [], keyPrefixes: ['figd_'], revokes: false },
} as const satisfies Record<string, ReeveProvider>;

export type ProviderSlug = keyof typeof REEVE_PROVIDERS;
/** The slugs in §2's order. */
export const PROVIDER_SLUGS = Object.keys(REEVE_PROVIDERS) as ProviderSlug[];

export function isProviderSlug(value: string): value is ProviderSlug {
  return Object.hasOwn(REEVE_PROVIDERS, value);
}

/** The providers that send webhooks Reeve receives (endpoint 10): Shopify, Stripe and GitHub. */
export function hasInboundWebhooks(slug: ProviderSlug): boolean {
  return Object.keys(REEVE_PROVIDERS[slug].inbound).length > 0;
}

/**
 * A key as messages may show it (docs/reeve-api.md §4 "API keys"): the provider's prefix, or else the key's first
 * 4 characters, then `****` and the last 4. A key too short to keep 8 characters back shows only `****`.
 */
export function maskKey(slug: ProviderSlug, key: string): string {
  const prefix = REEVE_PROVIDERS[slug].keyPrefixes.find((candidate) => key.startsWith(candidate)) ?? key.slice(0, 4);
  if (key.length < prefix.length + 8) return '****';
  return `${prefix}****${key.slice(-4)}`;
}
