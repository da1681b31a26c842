/**
 * Every trigger, search and create key of the Reeve app, once. Zapier ties live Zaps to these strings: once
 * published, a key is never renamed or reused (publishing checks C001–C003), so change labels freely but never these.
 */
import type { ReeveEventType } from '@integration-pack/core/reeve/api';

/** The instant triggers on provider events, by the event each one is. */
export const PROVIDER_EVENT_TRIGGER_KEYS = {
  'shopify.order.created': 'new_shopify_order',
  'shopify.product.updated': 'shopify_product_updated',
  'shopify.inventory.updated': 'shopify_inventory_updated',
  'stripe.payment.succeeded': 'new_stripe_payment',
  'stripe.subscription.updated': 'stripe_subscription_updated',
  'stripe.invoice.created': 'new_stripe_invoice',
  'github.push': 'new_github_push',
  'github.pull_request.opened': 'new_github_pull_request',
  'github.deployment_status': 'github_deployment_status',
} as const satisfies Partial<Record<ReeveEventType, string>>;

export const TRIGGER_KEYS = {
  connectionStatusChanged: 'connection_status_changed',
} as const;

/** Hidden triggers that only feed dynamic dropdowns. */
export const LIST_KEYS = {
  providers: 'list_providers',
  apiKeyProviders: 'list_api_key_providers',
  oauthProviders: 'list_oauth_providers',
  connections: 'list_connections',
} as const;

export const CREATE_KEYS = {
  connectWithApiKey: 'connect_with_api_key',
  startOauthConnection: 'start_oauth_connection',
  completeOauthConnection: 'complete_oauth_connection',
  disconnectProvider: 'disconnect_provider',
} as const;

export const SEARCH_KEYS = {
  findConnection: 'find_connection',
} as const;
