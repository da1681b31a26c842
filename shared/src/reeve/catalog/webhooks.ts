/**
 * Endpoints 7–9 of docs/reeve-api.md §3 [C]: subscriptions that receive the events of §4, delivered and signed with
 * Standard Webhooks exactly as Reevo's (docs/reevo-api.md §6).
 */
import * as z from 'zod';
import type { KnownOutput } from '../../machine/operation';
import { EXAMPLE, ProviderSlugSchema, ReeveEventTypeSchema, callbackUrl, field, timestamp } from './common';
import { defineReeveOperation } from './operation';

const tag = 'Webhooks';
const BASE = '/api/connectors/webhooks';

export const Subscription = z
  .looseObject({
    id: field(z.string().startsWith('sub_'), { title: 'Subscription ID', description: 'The id of the subscription.', example: EXAMPLE.subscriptionId }),
    url: field(z.string(), { title: 'URL', description: 'Where deliveries are POSTed.', example: EXAMPLE.subscriptionUrl }),
    events: field(z.array(ReeveEventTypeSchema), { title: 'Events', description: 'The event types delivered.' }),
    providers: field(z.array(ProviderSlugSchema), { title: 'Providers', description: 'Only events about these providers are delivered; empty for every provider.' }),
    description: field(z.string().nullable(), { title: 'Description', description: 'A note on what the subscription is for.' }),
    status: field(z.enum(['active', 'disabled']), { title: 'Status', description: 'disabled after the receiver answered 410 Gone or every retry failed.' }),
    created_at: field(timestamp(), { title: 'Created At', description: 'When the subscription was created.' }),
  })
  .meta({ id: 'Subscription', title: 'Subscription', description: 'A URL that receives signed deliveries of Reeve events.' });
// @generated:start Subscription: the type of the schema above, written by `npm run generate -w @reevo/client`
/** A URL that receives signed deliveries of Reeve events. */
export type Subscription = {
  /** The id of the subscription. */
  id: KnownOutput<typeof Subscription>['id'];
  /** Where deliveries are POSTed. */
  url: KnownOutput<typeof Subscription>['url'];
  /** The event types delivered. */
  events: KnownOutput<typeof Subscription>['events'];
  /** Only events about these providers are delivered; empty for every provider. */
  providers: KnownOutput<typeof Subscription>['providers'];
  /** A note on what the subscription is for. */
  description: KnownOutput<typeof Subscription>['description'];
  /** disabled after the receiver answered 410 Gone or every retry failed. */
  status: KnownOutput<typeof Subscription>['status'];
  /** When the subscription was created. */
  created_at: KnownOutput<typeof Subscription>['created_at'];
};
// @generated:end Subscription

export const CreatedSubscription = Subscription.extend({
  secret: field(z.string().startsWith('whsec_'), {
    title: 'Signing Secret',
    description: 'The secret that signs deliveries (Standard Webhooks). Shown only in this answer: store it now.',
  }),
}).meta({ id: 'CreatedSubscription', title: 'Created Subscription', description: 'A new subscription, with its signing secret.' });
// @generated:start CreatedSubscription: the type of the schema above, written by `npm run generate -w @reevo/client`
/** A new subscription, with its signing secret. */
export type CreatedSubscription = {
  /** The id of the subscription. */
  id: KnownOutput<typeof CreatedSubscription>['id'];
  /** Where deliveries are POSTed. */
  url: KnownOutput<typeof CreatedSubscription>['url'];
  /** The event types delivered. */
  events: KnownOutput<typeof CreatedSubscription>['events'];
  /** Only events about these providers are delivered; empty for every provider. */
  providers: KnownOutput<typeof CreatedSubscription>['providers'];
  /** A note on what the subscription is for. */
  description: KnownOutput<typeof CreatedSubscription>['description'];
  /** disabled after the receiver answered 410 Gone or every retry failed. */
  status: KnownOutput<typeof CreatedSubscription>['status'];
  /** When the subscription was created. */
  created_at: KnownOutput<typeof CreatedSubscription>['created_at'];
  /** The secret that signs deliveries (Standard Webhooks). Shown only in this answer: store it now. */
  secret: KnownOutput<typeof CreatedSubscription>['secret'];
};
// @generated:end CreatedSubscription

export const SubscriptionList = z
  .looseObject({ webhooks: field(z.array(Subscription), { title: 'Subscriptions', description: 'Without their secrets.' }) })
  .meta({ id: 'SubscriptionList', title: 'Subscriptions', description: "The calling user's subscriptions." });
// @generated:start SubscriptionList: the type of the schema above, written by `npm run generate -w @reevo/client`
/** The calling user's subscriptions. */
export type SubscriptionList = {
  /** Without their secrets. */
  webhooks: Subscription[];
};
// @generated:end SubscriptionList

export const EXAMPLE_SUBSCRIPTION: Subscription = {
  id: EXAMPLE.subscriptionId,
  url: EXAMPLE.subscriptionUrl,
  events: ['shopify.order.created', 'connection.expired'],
  providers: ['shopify'],
  description: 'Post new orders and expired connections to the ops channel',
  status: 'active',
  created_at: EXAMPLE.receivedAt,
};

export const createWebhook = defineReeveOperation({
  operationId: 'createWebhook',
  tag,
  method: 'POST',
  path: BASE,
  permissions: [],
  summary: 'Create Webhook Subscription',
  description:
    'Subscribes a URL to Reeve events (provider webhooks and connection changes), optionally only about some providers. The answer holds the signing secret, shown only once.',
  source: 'C',
  body: z.strictObject({
    url: field(callbackUrl(), { title: 'URL', description: 'Where to POST deliveries: https, or http to a loopback address.', example: EXAMPLE.subscriptionUrl }),
    events: field(z.array(ReeveEventTypeSchema).min(1), { title: 'Events', description: 'The event types to deliver.', example: ['shopify.order.created'] }),
    providers: field(z.array(ProviderSlugSchema), { title: 'Providers', description: 'Deliver only events about these providers; leave out for every provider.', example: ['shopify'] }).optional(),
    description: field(z.string().max(500), { title: 'Description', description: 'A note on what the subscription is for.', example: EXAMPLE_SUBSCRIPTION.description }).optional(),
  }),
  response: CreatedSubscription,
  successStatus: 201,
  emits: [],
  safeToRetry: false,
  examples: [
    {
      name: 'orders-and-expiries',
      summary: 'Subscribe to new Shopify orders and expired connections',
      request: { body: { url: EXAMPLE.subscriptionUrl, events: ['shopify.order.created', 'connection.expired'], providers: ['shopify'], description: EXAMPLE_SUBSCRIPTION.description } },
      response: { status: 201, body: { ...EXAMPLE_SUBSCRIPTION, secret: EXAMPLE.subscriptionSecret } },
    },
  ],
});

export const listWebhooks = defineReeveOperation({
  operationId: 'listWebhooks',
  tag,
  method: 'GET',
  path: BASE,
  permissions: [],
  summary: 'List Webhook Subscriptions',
  description: "Lists the calling user's webhook subscriptions. Secrets are never shown again.",
  source: 'C',
  response: SubscriptionList,
  successStatus: 200,
  emits: [],
  safeToRetry: true,
  examples: [{ name: 'all', summary: 'List subscriptions', request: {}, response: { status: 200, body: { webhooks: [EXAMPLE_SUBSCRIPTION] } } }],
});

export const deleteWebhook = defineReeveOperation({
  operationId: 'deleteWebhook',
  tag,
  method: 'DELETE',
  path: `${BASE}/{id}`,
  permissions: [],
  summary: 'Delete Webhook Subscription',
  description: 'Unsubscribes: deliveries to this subscription stop at once.',
  source: 'C',
  params: z.strictObject({
    id: field(z.string().min(1), { title: 'Subscription ID', description: 'The id of the subscription (sub_…).', example: EXAMPLE.subscriptionId, ref: 'subscription' }),
  }),
  successStatus: 204,
  emits: [],
  safeToRetry: true,
  examples: [{ name: 'by-id', summary: 'Delete a subscription', request: { params: { id: EXAMPLE.subscriptionId } }, response: { status: 204 } }],
});

export const webhookOperations = { create: createWebhook, list: listWebhooks, delete: deleteWebhook };
