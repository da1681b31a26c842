/*
 * Generated from the catalog by `npm run generate -w @reevo/client` (shared/scripts/generated-types.ts): do not edit.
 * The input of every operation and the data of every event, with the catalog's words on every field.
 */

import type * as catalog from './index';
import type { OperationInput } from './operation';

/** What Get Authorization URL takes: its path, query and body fields in one object. */
export interface GetAuthorizationUrlInput {
  /** The OAuth provider to connect. One of: meta, google_ads, tiktok_ads, shopify, github, slack, stripe, posthog, klaviyo, google_analytics, gorgias, zendesk, vercel, railway, figma. */
  provider: OperationInput<typeof catalog.getAuthorizationUrl>['provider'];
  /** Where the provider sends the user back: https, or http to a loopback address. Defaults to the Reeve cockpit. */
  redirect_uri?: OperationInput<typeof catalog.getAuthorizationUrl>['redirect_uri'];
  /** Shopify only, and required there: the shop domain, <name>.myshopify.com. */
  shop?: OperationInput<typeof catalog.getAuthorizationUrl>['shop'];
}

/** What Complete Authorization takes: its path, query and body fields in one object. */
export interface CompleteAuthorizationInput {
  /** The OAuth provider that redirected back. One of: meta, google_ads, tiktok_ads, shopify, github, slack, stripe, posthog, klaviyo, google_analytics, gorgias, zendesk, vercel, railway, figma. */
  provider: OperationInput<typeof catalog.completeAuthorization>['provider'];
  /** The provider's authorization code, from the redirect. */
  code?: OperationInput<typeof catalog.completeAuthorization>['code'];
  /** The state from the redirect, exactly as received. */
  state?: OperationInput<typeof catalog.completeAuthorization>['state'];
  /** Shopify: the shop domain from the redirect. */
  shop?: OperationInput<typeof catalog.completeAuthorization>['shop'];
  /** Shopify: the signature of the redirect, from the redirect. */
  hmac?: OperationInput<typeof catalog.completeAuthorization>['hmac'];
  /** Shopify: unix seconds, from the redirect. */
  timestamp?: OperationInput<typeof catalog.completeAuthorization>['timestamp'];
  /** Shopify: the base64 admin host, from the redirect. */
  host?: OperationInput<typeof catalog.completeAuthorization>['host'];
  /** When the user refused: the OAuth error from the redirect, e.g. access_denied. */
  error?: OperationInput<typeof catalog.completeAuthorization>['error'];
  /** When the user refused: the provider's words, from the redirect. */
  error_description?: OperationInput<typeof catalog.completeAuthorization>['error_description'];
  /** Any other parameter the provider added to its redirect, passed on as it came. */
  [parameter: string]: unknown;
}

/** What Connect With API Key takes: its path, query and body fields in one object. */
export interface ConnectWithApiKeyInput {
  /** The API-key provider to connect. One of: meta, google_ads, tiktok_ads, shopify, github, slack, stripe, posthog, klaviyo, google_analytics, gorgias, zendesk, vercel, railway, figma. */
  provider: OperationInput<typeof catalog.connectWithApiKey>['provider'];
  /** The provider's key (for Google Analytics, the service account's JSON). Never shown again. */
  api_key: OperationInput<typeof catalog.connectWithApiKey>['api_key'];
  /** Settings the key alone cannot reach: gorgias {domain, email}, zendesk {subdomain, email}, posthog {project_id}, google_analytics {property_id}. */
  config?: OperationInput<typeof catalog.connectWithApiKey>['config'];
}

/** What List Connections takes: its path, query and body fields in one object. */
export type ListConnectionsInput = Record<string, never>;

/** What Disconnect Provider takes: its path, query and body fields in one object. */
export interface DisconnectProviderInput {
  /** The connected provider to disconnect. One of: meta, google_ads, tiktok_ads, shopify, github, slack, stripe, posthog, klaviyo, google_analytics, gorgias, zendesk, vercel, railway, figma. */
  provider: OperationInput<typeof catalog.disconnectProvider>['provider'];
}

/** What List Events takes: its path, query and body fields in one object. */
export interface ListEventsInput {
  /** Only events of this type. */
  type?: OperationInput<typeof catalog.listEvents>['type'];
  /** Only events about this provider. */
  provider?: OperationInput<typeof catalog.listEvents>['provider'];
  /** How many events to return (1–100, default 20). */
  limit?: OperationInput<typeof catalog.listEvents>['limit'];
}

/** What Create Webhook Subscription takes: its path, query and body fields in one object. */
export interface CreateWebhookInput {
  /** Where to POST deliveries: https, or http to a loopback address. */
  url: OperationInput<typeof catalog.createWebhook>['url'];
  /** The event types to deliver. */
  events: OperationInput<typeof catalog.createWebhook>['events'];
  /** Deliver only events about these providers; leave out for every provider. */
  providers?: OperationInput<typeof catalog.createWebhook>['providers'];
  /** A note on what the subscription is for. */
  description?: OperationInput<typeof catalog.createWebhook>['description'];
}

/** What List Webhook Subscriptions takes: its path, query and body fields in one object. */
export type ListWebhooksInput = Record<string, never>;

/** What Delete Webhook Subscription takes: its path, query and body fields in one object. */
export interface DeleteWebhookInput {
  /** The id of the subscription (sub_…). */
  id: OperationInput<typeof catalog.deleteWebhook>['id'];
}

/** Every named object of the catalog, by name, for code that maps over them. */
export interface CatalogObjects {
  AuthorizationUrl: catalog.AuthorizationUrl;
  Connected: catalog.Connected;
  AuthorizationRefused: catalog.AuthorizationRefused;
  ConnectionList: catalog.ConnectionList;
  Connection: catalog.Connection;
  Disconnected: catalog.Disconnected;
  EventList: catalog.EventList;
  CreatedSubscription: catalog.CreatedSubscription;
  SubscriptionList: catalog.SubscriptionList;
  Subscription: catalog.Subscription;
}

/** What the `data` of each webhook event holds. */
export interface EventData {
  /** Triggers when an order is placed in a connected Shopify shop. Its data is Shopify's own orders/create payload. */
  'shopify.order.created': catalog.ProviderPayload;
  /** Triggers when a product of a connected Shopify shop changes (a stock edit included). Its data is Shopify's own products/update payload. */
  'shopify.product.updated': catalog.ProviderPayload;
  /** Triggers when an item's available stock changes at a location of a connected Shopify shop. Its data is Shopify's own inventory_levels/update payload. */
  'shopify.inventory.updated': catalog.ProviderPayload;
  /** Triggers when a payment succeeds on a connected Stripe account. Its data is Stripe's own payment_intent.succeeded payload. */
  'stripe.payment.succeeded': catalog.ProviderPayload;
  /** Triggers when a subscription changes on a connected Stripe account (its status, plan or period). Its data is Stripe's own customer.subscription.updated payload. */
  'stripe.subscription.updated': catalog.ProviderPayload;
  /** Triggers when an invoice is created on a connected Stripe account. Its data is Stripe's own invoice.created payload. */
  'stripe.invoice.created': catalog.ProviderPayload;
  /** Triggers when commits are pushed to a repository of a connected GitHub account. Its data is GitHub's own push payload. */
  'github.push': catalog.ProviderPayload;
  /** Triggers when a pull request is opened in a repository of a connected GitHub account. Its data is GitHub's own pull_request payload. */
  'github.pull_request.opened': catalog.ProviderPayload;
  /** Triggers when a deployment of a connected GitHub repository reports a status (success, failure, …). Its data is GitHub's own deployment_status payload. */
  'github.deployment_status': catalog.ProviderPayload;
  /** Triggers when a provider is connected, by OAuth or API key. Its data is the Connection. */
  'connection.connected': catalog.Connection;
  /** Triggers when a provider is disconnected. Its data is the Connection. */
  'connection.disconnected': catalog.Connection;
  /** Triggers when a connection expires because the provider refused a refresh: the user must reconnect. Its data is the Connection. */
  'connection.expired': catalog.Connection;
  /** Triggers when a connection turns to error after the provider failed on 4 different days. Its data is the Connection. */
  'connection.error': catalog.Connection;
}
