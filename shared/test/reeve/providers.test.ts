import {
  CONNECTION_EVENT_TYPES,
  PROVIDER_SLUGS,
  REEVE_EVENT_TYPES,
  REEVE_PROVIDERS,
  hasInboundWebhooks,
  isProviderSlug,
  maskKey,
  type ProviderSlug,
} from '@integration-pack/core/reeve/api';

describe('Reeve providers (docs/reeve-api.md §2)', () => {
  it('lists the fifteen slugs of §2, in its order, each under its own slug', () => {
    expect(PROVIDER_SLUGS).toEqual([
      'meta', 'google_ads', 'tiktok_ads', 'shopify', 'github', 'slack', 'stripe', 'posthog', 'klaviyo',
      'google_analytics', 'gorgias', 'zendesk', 'vercel', 'railway', 'figma',
    ]);
    for (const slug of PROVIDER_SLUGS) expect(REEVE_PROVIDERS[slug].slug).toBe(slug);
  });

  it('gives each provider the authentication kind of §2', () => {
    const byKind = (kind: string) => PROVIDER_SLUGS.filter((slug) => REEVE_PROVIDERS[slug].kind === kind);
    expect(byKind('oauth')).toEqual(['meta', 'google_ads', 'tiktok_ads', 'shopify', 'github', 'slack']);
    expect(byKind('service_account')).toEqual(['google_analytics']);
    expect(byKind('api_key')).toEqual(['stripe', 'posthog', 'klaviyo', 'gorgias', 'zendesk', 'vercel', 'railway', 'figma']);
  });

  it('names the reeve_* tools of §2, and none where §2 names none', () => {
    expect(REEVE_PROVIDERS.shopify.tools).toEqual(['reeve_shopify']);
    expect(REEVE_PROVIDERS.stripe.tools).toEqual(['reeve_revenue']);
    expect(REEVE_PROVIDERS.google_analytics.tools).toEqual(['reeve_analytics']);
    for (const slug of ['github', 'slack', 'vercel', 'railway', 'figma'] as const) expect(REEVE_PROVIDERS[slug].tools).toEqual([]);
    for (const slug of PROVIDER_SLUGS) for (const tool of REEVE_PROVIDERS[slug].tools) expect(tool).toMatch(/^reeve_[a-z]+$/);
  });

  it('maps the inbound topics of §2 to the events of §4, for Shopify, Stripe and GitHub only', () => {
    expect(PROVIDER_SLUGS.filter(hasInboundWebhooks)).toEqual(['shopify', 'github', 'stripe']);
    expect(REEVE_PROVIDERS.shopify.inbound).toEqual({
      'orders/create': 'shopify.order.created',
      'products/update': 'shopify.product.updated',
      'inventory_levels/update': 'shopify.inventory.updated',
    });
    expect(REEVE_PROVIDERS.stripe.inbound).toEqual({
      'payment_intent.succeeded': 'stripe.payment.succeeded',
      'customer.subscription.updated': 'stripe.subscription.updated',
      'invoice.created': 'stripe.invoice.created',
    });
    expect(REEVE_PROVIDERS.github.inbound).toEqual({ push: 'github.push', pull_request: 'github.pull_request.opened', deployment_status: 'github.deployment_status' });
    expect(REEVE_PROVIDERS.github.inboundActions).toEqual({ pull_request: ['opened'] });
  });

  it('maps every provider event type from exactly one topic, and lifecycle events from none', () => {
    const mapped = PROVIDER_SLUGS.flatMap((slug) => Object.values(REEVE_PROVIDERS[slug].inbound) as string[]);
    expect([...mapped].sort()).toEqual(REEVE_EVENT_TYPES.filter((type) => !type.startsWith('connection.')).sort());
    expect(CONNECTION_EVENT_TYPES).toEqual(['connection.connected', 'connection.disconnected', 'connection.expired', 'connection.error']);
    expect(REEVE_EVENT_TYPES).toHaveLength(13);
  });

  it('asks for the extra settings of §2', () => {
    expect(REEVE_PROVIDERS.gorgias.configFields).toEqual(['domain', 'email']);
    expect(REEVE_PROVIDERS.zendesk.configFields).toEqual(['subdomain', 'email']);
    expect(REEVE_PROVIDERS.posthog.configFields).toEqual(['project_id']);
    expect(REEVE_PROVIDERS.google_analytics.configFields).toEqual(['property_id']);
    const withConfig = PROVIDER_SLUGS.filter((slug) => REEVE_PROVIDERS[slug].configFields.length > 0);
    expect(withConfig).toEqual(['posthog', 'google_analytics', 'gorgias', 'zendesk']);
  });

  it('revokes at exactly Meta, Google Ads, GitHub and Slack (§4 "Disconnect")', () => {
    expect(PROVIDER_SLUGS.filter((slug) => REEVE_PROVIDERS[slug].revokes)).toEqual(['meta', 'google_ads', 'github', 'slack']);
  });

  it('tells a slug from any other string, inherited names included', () => {
    expect(isProviderSlug('stripe')).toBe(true);
    expect(isProviderSlug('Stripe')).toBe(false);
    expect(isProviderSlug('toString')).toBe(false);
  });
});

describe('maskKey (docs/reeve-api.md §4 "API keys")', () => {
  const cases: [ProviderSlug, string, string][] = [
    ['stripe', 'sk_live_51Habcdefghijklmnopabcd', 'sk_live_****abcd'],
    ['stripe', 'rk_test_0123456789wxyz', 'rk_test_****wxyz'],
    ['posthog', 'phc_0123456789abcdefWXYZ', 'phc_****WXYZ'],
    ['gorgias', 'a1b2c3d4e5f6g7h8', 'a1b2****g7h8'],
    ['stripe', 'not-a-stripe-key-9876', 'not-****9876'],
  ];
  it.each(cases)('masks a %s key', (slug, key, masked) => {
    expect(maskKey(slug, key)).toBe(masked);
  });

  it('shows nothing of a key too short to hide most of it', () => {
    expect(maskKey('gorgias', 'short-key')).toBe('****');
    expect(maskKey('stripe', 'sk_live_1234567')).toBe('****');
  });
});
