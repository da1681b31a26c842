/**
 * The realistic bodies a fake provider sends when the admin route is given no payload (research §1, abbreviated
 * from the providers' documented examples: Shopify's REST order, product and inventory level; Stripe's event
 * envelope around a PaymentIntent, Subscription or Invoice; GitHub's push, pull_request and deployment_status, and
 * the `ping` GitHub sends when a hook is made). Money is a string at Shopify and an integer of cents at Stripe.
 */
import type { InboundScheme } from '@reevo/client/providers';

type Sample = (context: { now: Date; eventId: string; account: string }) => unknown;

const shopify: Readonly<Record<string, Sample>> = {
  'orders/create': ({ now }) => ({
    id: 549755813,
    admin_graphql_api_id: 'gid://shopify/Order/549755813',
    name: '#1001',
    email: 'jon@example.com',
    created_at: now.toISOString(),
    currency: 'USD',
    total_price: '49.00',
    financial_status: 'paid',
    fulfillment_status: null,
    customer: { id: 207119551, email: 'jon@example.com' },
    line_items: [{ id: 466157049, title: 'Ceramic Mug', quantity: 1, price: '49.00' }],
  }),
  'products/update': ({ now }) => ({
    id: 632910392,
    admin_graphql_api_id: 'gid://shopify/Product/632910392',
    title: 'Ceramic Mug',
    handle: 'ceramic-mug',
    status: 'active',
    updated_at: now.toISOString(),
    variants: [{ id: 808950810, inventory_item_id: 39072856, price: '49.00', sku: 'MUG-001', inventory_quantity: 12 }],
  }),
  'inventory_levels/update': ({ now }) => ({
    inventory_item_id: 39072856,
    location_id: 655441491,
    available: 12,
    updated_at: now.toISOString(),
    admin_graphql_api_id: 'gid://shopify/InventoryLevel/655441491?inventory_item_id=39072856',
  }),
};

const stripeObjects: Readonly<Record<string, { object: unknown; previous_attributes?: unknown }>> = {
  'payment_intent.succeeded': {
    object: { id: 'pi_3MtwBwLkdIwHu7ix28a3tqPa', object: 'payment_intent', amount: 2000, amount_received: 2000, currency: 'usd', status: 'succeeded', customer: 'cus_NffrFeUfNV2Hib' },
  },
  'customer.subscription.updated': {
    object: { id: 'sub_1MowQVLkdIwHu7ixeRlqHVzs', object: 'subscription', status: 'active', customer: 'cus_NffrFeUfNV2Hib' },
    previous_attributes: { status: 'trialing' },
  },
  'invoice.created': {
    object: { id: 'in_1MtHbELkdIwHu7ixl4OzzPMv', object: 'invoice', status: 'draft', customer: 'cus_NffrFeUfNV2Hib', subscription: 'sub_1MowQVLkdIwHu7ixeRlqHVzs', amount_due: 2000, currency: 'usd' },
  },
};

const stripe: Readonly<Record<string, Sample>> = Object.fromEntries(
  Object.entries(stripeObjects).map(([type, data]) => [
    type,
    ({ now, eventId }: Parameters<Sample>[0]) => ({
      id: eventId,
      object: 'event',
      api_version: '2024-06-20',
      created: Math.floor(now.getTime() / 1000),
      data,
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      type,
    }),
  ]),
);

const repository = (account: string) => ({ id: 1296269, name: 'hello-world', full_name: `${account}/hello-world`, private: false, default_branch: 'main' });
const sender = (account: string) => ({ login: account, id: 583231, type: 'Organization' });

const github: Readonly<Record<string, Sample>> = {
  push: ({ now, account }) => ({
    ref: 'refs/heads/main',
    before: '9049f1265b7d61be4a8904a9a27120d2064dab3b',
    after: '0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c',
    created: false,
    deleted: false,
    forced: false,
    base_ref: null,
    compare: `https://github.com/${account}/hello-world/compare/9049f1265b7d...0d1a26e67d8f`,
    commits: [{ id: '0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c', message: 'Fix the checkout button', timestamp: now.toISOString(), author: { name: 'Ada', email: 'ada@example.com' } }],
    head_commit: { id: '0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c', message: 'Fix the checkout button', timestamp: now.toISOString() },
    pusher: { name: 'ada', email: 'ada@example.com' },
    repository: repository(account),
    sender: sender(account),
  }),
  pull_request: ({ now, account }) => ({
    action: 'opened',
    number: 42,
    pull_request: { id: 1, number: 42, state: 'open', title: 'Add the holiday banner', user: { login: 'ada' }, created_at: now.toISOString(), head: { ref: 'holiday-banner' }, base: { ref: 'main' } },
    repository: repository(account),
    sender: sender(account),
  }),
  deployment_status: ({ now, account }) => ({
    action: 'created',
    deployment_status: { id: 1, state: 'success', environment: 'production', created_at: now.toISOString() },
    deployment: { id: 1, sha: '0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c', ref: 'main', environment: 'production' },
    repository: repository(account),
    sender: sender(account),
  }),
  ping: ({ account }) => ({ zen: 'Design for failure.', hook_id: 1, hook: { type: 'Repository', active: true, events: ['push', 'pull_request', 'deployment_status'] }, repository: repository(account), sender: sender(account) }),
};

const SAMPLES: Readonly<Record<InboundScheme, Readonly<Record<string, Sample>>>> = { shopify, stripe, github };

/** The provider's own topics it has a sample for, to name them when asked for another. */
export function sampleTopics(scheme: InboundScheme): string[] {
  return Object.keys(SAMPLES[scheme]);
}

export function samplePayload(scheme: InboundScheme, topic: string, context: Parameters<Sample>[0]): unknown {
  const sample = Object.hasOwn(SAMPLES[scheme], topic) ? SAMPLES[scheme][topic] : undefined;
  return sample?.(context);
}
