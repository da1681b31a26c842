/*
 * Generated from the catalog by `npm run generate -w @reevo/client` (shared/scripts/generated-types.ts): do not edit.
 * The client's methods, with the catalog's description, and endpoint of each.
 */

import type * as catalog from './catalog/index';
import type { CallOptions } from '../machine/create-client';

/** The Connections methods: one per endpoint. */
export interface ConnectionsMethods {
  /**
   * **Get Authorization URL**: Starts connecting an OAuth provider (Meta, Google Ads, TikTok Ads, Shopify, GitHub, Slack): answers the provider's consent URL for the user to open. The provider then redirects to redirect_uri with a code and a state, valid for 10 minutes, for Complete Authorization.
   *
   * `GET /api/oauth/{provider}/authorize`.
   */
  getAuthorizationUrl(input: catalog.GetAuthorizationUrlInput, options?: CallOptions): Promise<catalog.AuthorizationUrl>;
  /**
   * **Complete Authorization**: Finishes an OAuth connection with the code and state the provider redirected back with (Shopify adds shop, hmac, timestamp and host). A state works once, for 10 minutes, for the user, brand and provider it was issued to. When the user refused, pass the provider's error and state: the answer says connected false.
   *
   * `GET /api/oauth/{provider}/callback`.
   */
  completeAuthorization(input: catalog.CompleteAuthorizationInput, options?: CallOptions): Promise<catalog.AuthorizationResult>;
  /**
   * **Connect With API Key**: Connects an API-key provider (Stripe, PostHog, Klaviyo, Gorgias, Zendesk, Vercel, Railway, Figma) or Google Analytics (its service account JSON as the key). The key is checked with the provider at once and stored encrypted; a refused key fails naming the provider.
   *
   * `POST /api/connectors/connect`.
   */
  connectWithApiKey(input: catalog.ConnectWithApiKeyInput, options?: CallOptions): Promise<catalog.Connected>;
  /**
   * **List Connections**: Lists every provider the calling user has connected in the current brand, with its status and when its token ends: the connected ones first, then by provider. Disconnected ones stay listed until connected anew.
   *
   * `GET /api/connectors/list`.
   */
  list(input?: catalog.ListConnectionsInput, options?: CallOptions): Promise<catalog.ConnectionList>;
  /**
   * **Disconnect Provider**: Disconnects a provider: its stored tokens are deleted and, at Meta, Google Ads, GitHub and Slack, the grant is revoked. Agents lose the provider's tools at once.
   *
   * `DELETE /api/connectors/{provider}`.
   */
  disconnect(input: catalog.DisconnectProviderInput, options?: CallOptions): Promise<catalog.Disconnected>;
}

/** The Events methods: one per endpoint. */
export interface EventsMethods {
  /**
   * **List Events**: Lists the brand's events of the last 7 days, newest first: provider webhooks (Shopify orders, Stripe payments, GitHub pushes, …) and connection changes, optionally of one type or provider.
   *
   * `GET /api/connectors/events`.
   */
  list(input?: catalog.ListEventsInput, options?: CallOptions): Promise<catalog.EventList>;
}

/** The Webhooks methods: one per endpoint. */
export interface WebhooksMethods {
  /**
   * **Create Webhook Subscription**: Subscribes a URL to Reeve events (provider webhooks and connection changes), optionally only about some providers. The answer holds the signing secret, shown only once.
   *
   * `POST /api/connectors/webhooks`.
   */
  create(input: catalog.CreateWebhookInput, options?: CallOptions): Promise<catalog.CreatedSubscription>;
  /**
   * **List Webhook Subscriptions**: Lists the calling user's webhook subscriptions. Secrets are never shown again.
   *
   * `GET /api/connectors/webhooks`.
   */
  list(input?: catalog.ListWebhooksInput, options?: CallOptions): Promise<catalog.SubscriptionList>;
  /**
   * **Delete Webhook Subscription**: Unsubscribes: deliveries to this subscription stop at once.
   *
   * `DELETE /api/connectors/webhooks/{id}`.
   */
  delete(input: catalog.DeleteWebhookInput, options?: CallOptions): Promise<void>;
}

/** One method per catalog operation, grouped as in the catalog. */
export interface ReeveClientMethods {
  /** Connections: Get Authorization URL, Complete Authorization, Connect With API Key, List Connections, Disconnect Provider. */
  connections: ConnectionsMethods;
  /** Events: List Events. */
  events: EventsMethods;
  /** Webhooks: Create Webhook Subscription, List Webhook Subscriptions, Delete Webhook Subscription. */
  webhooks: WebhooksMethods;
}
