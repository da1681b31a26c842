/**
 * What each provider sends for the topics Reeve receives, as realistic samples of the provider's own payload
 * (docs/reeve-api.md §2, §5; shapes from the providers' docs: Shopify's REST webhook bodies, Stripe's Event object,
 * GitHub's webhook payloads). A SystemEvent's `data` is this payload untouched, so these are the `data` of the
 * provider events' samples. The reference server's fake providers may send them as their default bodies.
 */

const SHOPIFY_ORDER_ID = 5731842670690;
const SHOPIFY_PRODUCT_ID = 8123456789012;
const SHOPIFY_VARIANT_ID = 44123456789012;
const SHOPIFY_INVENTORY_ITEM_ID = 46234567890123;

const githubRepository = {
  id: 712345678,
  node_id: 'R_kgDOKnT3Xg',
  name: 'storefront',
  full_name: 'acme/storefront',
  private: true,
  html_url: 'https://github.com/acme/storefront',
  default_branch: 'main',
  owner: { login: 'acme', id: 98765432, type: 'Organization' },
};
const githubSender = { login: 'jdoe', id: 1234567, type: 'User' };

/** Samples by provider and topic (Shopify's `X-Shopify-Topic`, Stripe's event `type`, GitHub's `X-GitHub-Event`). */
export const PROVIDER_PAYLOAD_SAMPLES = {
  shopify: {
    'orders/create': {
      id: SHOPIFY_ORDER_ID,
      admin_graphql_api_id: `gid://shopify/Order/${SHOPIFY_ORDER_ID}`,
      name: '#1001',
      order_number: 1001,
      email: 'jane.doe@example.com',
      created_at: '2026-11-23T10:04:58-05:00',
      currency: 'USD',
      subtotal_price: '45.00',
      total_tax: '4.00',
      total_price: '49.00',
      financial_status: 'paid',
      fulfillment_status: null,
      customer: { id: 7012345678901, email: 'jane.doe@example.com', first_name: 'Jane', last_name: 'Doe' },
      line_items: [{ id: 14012345678901, product_id: SHOPIFY_PRODUCT_ID, variant_id: SHOPIFY_VARIANT_ID, title: 'Everyday Tote', sku: 'TOTE-NAT', quantity: 1, price: '45.00' }],
    },
    'products/update': {
      id: SHOPIFY_PRODUCT_ID,
      admin_graphql_api_id: `gid://shopify/Product/${SHOPIFY_PRODUCT_ID}`,
      title: 'Everyday Tote',
      handle: 'everyday-tote',
      status: 'active',
      vendor: 'Acme',
      updated_at: '2026-11-23T10:04:59-05:00',
      variants: [{ id: SHOPIFY_VARIANT_ID, inventory_item_id: SHOPIFY_INVENTORY_ITEM_ID, price: '45.00', sku: 'TOTE-NAT', inventory_quantity: 41 }],
    },
    'inventory_levels/update': {
      inventory_item_id: SHOPIFY_INVENTORY_ITEM_ID,
      location_id: 68123456789,
      available: 41,
      updated_at: '2026-11-23T10:04:59-05:00',
      admin_graphql_api_id: `gid://shopify/InventoryLevel/68123456789?inventory_item_id=${SHOPIFY_INVENTORY_ITEM_ID}`,
    },
  },
  stripe: {
    'payment_intent.succeeded': {
      id: 'evt_3QfAcmeP4yM3nt00',
      object: 'event',
      api_version: '2024-06-20',
      created: 1795428300,
      type: 'payment_intent.succeeded',
      livemode: true,
      pending_webhooks: 1,
      request: { id: 'req_Acme8xQ2', idempotency_key: 'example-checkout-retry-4e0a9a59' },
      data: {
        object: { id: 'pi_3QfAcme0000001', object: 'payment_intent', amount: 4900, amount_received: 4900, currency: 'usd', status: 'succeeded', customer: 'cus_RAcme0001' },
      },
    },
    'customer.subscription.updated': {
      id: 'evt_1QfAcmeSubUpd00',
      object: 'event',
      api_version: '2024-06-20',
      created: 1795428300,
      type: 'customer.subscription.updated',
      livemode: true,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      data: {
        object: { id: 'sub_1QfAcme0000001', object: 'subscription', status: 'active', customer: 'cus_RAcme0001', current_period_end: 1798020300 },
        previous_attributes: { status: 'trialing' },
      },
    },
    'invoice.created': {
      id: 'evt_1QfAcmeInvCr00',
      object: 'event',
      api_version: '2024-06-20',
      created: 1795428300,
      type: 'invoice.created',
      livemode: true,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      data: {
        object: { id: 'in_1QfAcme0000001', object: 'invoice', status: 'draft', customer: 'cus_RAcme0001', subscription: 'sub_1QfAcme0000001', amount_due: 4900, currency: 'usd' },
      },
    },
  },
  github: {
    push: {
      ref: 'refs/heads/main',
      before: '6113728f27ae82c7b1a177c8d03f9e96e0adf246',
      after: '59b20b8d5c6ff8d09518454d4dd8b7b30f095ab5',
      created: false,
      deleted: false,
      forced: false,
      base_ref: null,
      compare: 'https://github.com/acme/storefront/compare/6113728f27ae...59b20b8d5c6f',
      commits: [
        {
          id: '59b20b8d5c6ff8d09518454d4dd8b7b30f095ab5',
          message: 'Fix the tote price on the product page',
          timestamp: '2026-11-23T10:04:00Z',
          author: { name: 'Jane Doe', email: 'jane@acme.com', username: 'jdoe' },
        },
      ],
      head_commit: {
        id: '59b20b8d5c6ff8d09518454d4dd8b7b30f095ab5',
        message: 'Fix the tote price on the product page',
        timestamp: '2026-11-23T10:04:00Z',
        author: { name: 'Jane Doe', email: 'jane@acme.com', username: 'jdoe' },
      },
      pusher: { name: 'jdoe', email: 'jane@acme.com' },
      repository: githubRepository,
      sender: githubSender,
    },
    pull_request: {
      action: 'opened',
      number: 42,
      pull_request: {
        id: 2012345678,
        number: 42,
        state: 'open',
        title: 'Show stock levels on the product page',
        html_url: 'https://github.com/acme/storefront/pull/42',
        user: githubSender,
        head: { ref: 'stock-levels', sha: '8c1f2e3d4b5a69788796a5b4c3d2e1f0a9b8c7d6' },
        base: { ref: 'main', sha: '59b20b8d5c6ff8d09518454d4dd8b7b30f095ab5' },
        draft: false,
        created_at: '2026-11-23T10:04:30Z',
      },
      repository: githubRepository,
      sender: githubSender,
    },
    deployment_status: {
      action: 'created',
      deployment_status: { id: 1512345678, state: 'success', environment: 'production', target_url: 'https://storefront.acme.com', created_at: '2026-11-23T10:04:50Z' },
      deployment: { id: 1412345678, sha: '59b20b8d5c6ff8d09518454d4dd8b7b30f095ab5', ref: 'main', environment: 'production', created_at: '2026-11-23T10:03:10Z' },
      repository: githubRepository,
      sender: githubSender,
    },
  },
} as const;
