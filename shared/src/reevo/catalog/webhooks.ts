import * as z from 'zod';
import { EXAMPLE } from './examples';
import { EventTypeSchema } from './events';
import { createdAt, field, nullableText, uuid } from './common';
import { defineOperation, type KnownOutput } from './operation';

const tag = 'Webhooks';
const BASE = '/api/v1/public/webhooks';

export const WebhookSubscription = z
  .looseObject({
    id: field(uuid(), { title: 'Webhook ID', description: 'The UUID of the subscription.' }),
    url: field(z.string(), { title: 'URL', description: 'Where deliveries are POSTed.' }),
    events: field(z.array(EventTypeSchema), { title: 'Events', description: 'The event types delivered.' }),
    description: nullableText('Description', 'A note on what the subscription is for.'),
    status: field(z.enum(['active', 'disabled']), { title: 'Status', description: 'disabled after the receiver answered 410 Gone or every retry failed.' }),
    created_at: createdAt(),
  })
  .meta({ id: 'WebhookSubscription', title: 'Webhook Subscription', description: 'A URL that receives signed event deliveries.' });
// @generated:start WebhookSubscription: the type of the schema above, written by `npm run generate -w @reevo/client`
/** A URL that receives signed event deliveries. */
export type WebhookSubscription = {
  /** The UUID of the subscription. */
  id: KnownOutput<typeof WebhookSubscription>['id'];
  /** Where deliveries are POSTed. */
  url: KnownOutput<typeof WebhookSubscription>['url'];
  /** The event types delivered. */
  events: KnownOutput<typeof WebhookSubscription>['events'];
  /** A note on what the subscription is for. */
  description: KnownOutput<typeof WebhookSubscription>['description'];
  /** disabled after the receiver answered 410 Gone or every retry failed. */
  status: KnownOutput<typeof WebhookSubscription>['status'];
  /** When the record was created. */
  created_at: KnownOutput<typeof WebhookSubscription>['created_at'];
};
// @generated:end WebhookSubscription

export const CreatedWebhookSubscription = WebhookSubscription.extend({
  secret: field(z.string().startsWith('whsec_'), {
    title: 'Signing Secret',
    description: 'The secret that signs deliveries (Standard Webhooks). Shown only in this answer: store it now.',
  }),
}).meta({ id: 'CreatedWebhookSubscription', title: 'Created Webhook Subscription', description: 'A new subscription, with its signing secret.' });
// @generated:start CreatedWebhookSubscription: the type of the schema above, written by `npm run generate -w @reevo/client`
/** A new subscription, with its signing secret. */
export type CreatedWebhookSubscription = {
  /** The UUID of the subscription. */
  id: KnownOutput<typeof CreatedWebhookSubscription>['id'];
  /** Where deliveries are POSTed. */
  url: KnownOutput<typeof CreatedWebhookSubscription>['url'];
  /** The event types delivered. */
  events: KnownOutput<typeof CreatedWebhookSubscription>['events'];
  /** A note on what the subscription is for. */
  description: KnownOutput<typeof CreatedWebhookSubscription>['description'];
  /** disabled after the receiver answered 410 Gone or every retry failed. */
  status: KnownOutput<typeof CreatedWebhookSubscription>['status'];
  /** When the record was created. */
  created_at: KnownOutput<typeof CreatedWebhookSubscription>['created_at'];
  /** The secret that signs deliveries (Standard Webhooks). Shown only in this answer: store it now. */
  secret: KnownOutput<typeof CreatedWebhookSubscription>['secret'];
};
// @generated:end CreatedWebhookSubscription

export const EXAMPLE_WEBHOOK: WebhookSubscription = {
  id: EXAMPLE.webhookId,
  url: EXAMPLE.webhookUrl,
  events: ['contact.created', 'contact.updated'],
  description: 'Sync contacts to the data warehouse',
  status: 'active',
  created_at: EXAMPLE.createdAt,
};

const webhookIdParams = z.strictObject({
  webhook_id: field(uuid(), { title: 'Webhook ID', description: 'The UUID of the subscription.', example: EXAMPLE.webhookId, ref: 'webhook' }),
});

export const createWebhook = defineOperation({
  operationId: 'createWebhook',
  tag,
  method: 'POST',
  path: BASE,
  permissions: ['webhooks:write'],
  summary: 'Create Webhook Subscription',
  description:
    'Subscribes a URL to events. The key also needs read access to each event\'s resource. The answer holds the signing secret, shown only once.',
  source: 'C',
  body: z.strictObject({
    url: field(z.url({ protocol: /^https?$/ }), {
      title: 'URL',
      description: 'Where to POST deliveries: https, or http on a loopback address.',
      example: EXAMPLE.webhookUrl,
    }),
    events: field(z.array(EventTypeSchema).min(1), { title: 'Events', description: 'The event types to deliver.', example: ['contact.created'] }),
    description: field(z.string().max(500), { title: 'Description', description: 'A note on what the subscription is for.', example: 'Sync contacts to the data warehouse' }).optional(),
  }),
  response: CreatedWebhookSubscription,
  successStatus: 201,
  emits: [],
  safeToRetry: false,
  examples: [
    {
      name: 'contacts',
      summary: 'Subscribe to new and updated contacts',
      request: { body: { url: EXAMPLE.webhookUrl, events: ['contact.created', 'contact.updated'], description: 'Sync contacts to the data warehouse' } },
      response: { status: 201, body: { ...EXAMPLE_WEBHOOK, secret: EXAMPLE.webhookSecret } },
    },
  ],
});

export const listWebhooks = defineOperation({
  operationId: 'listWebhooks',
  tag,
  method: 'GET',
  path: BASE,
  permissions: ['webhooks:read'],
  summary: 'List Webhook Subscriptions',
  description: 'Lists every webhook subscription of the workspace, newest first. Secrets are never shown again.',
  source: 'C',
  response: z.array(WebhookSubscription),
  successStatus: 200,
  emits: [],
  safeToRetry: true,
  examples: [{ name: 'all', summary: 'List subscriptions', request: {}, response: { status: 200, body: [EXAMPLE_WEBHOOK] } }],
});

export const getWebhook = defineOperation({
  operationId: 'getWebhook',
  tag,
  method: 'GET',
  path: `${BASE}/{webhook_id}`,
  permissions: ['webhooks:read'],
  summary: 'Get Webhook Subscription',
  description: 'Retrieves one webhook subscription by its ID, without its secret.',
  source: 'C',
  params: webhookIdParams,
  response: WebhookSubscription,
  successStatus: 200,
  emits: [],
  safeToRetry: true,
  examples: [{ name: 'by-id', summary: 'Get a subscription', request: { params: { webhook_id: EXAMPLE.webhookId } }, response: { status: 200, body: EXAMPLE_WEBHOOK } }],
});

export const deleteWebhook = defineOperation({
  operationId: 'deleteWebhook',
  tag,
  method: 'DELETE',
  path: `${BASE}/{webhook_id}`,
  permissions: ['webhooks:write'],
  summary: 'Delete Webhook Subscription',
  description: 'Unsubscribes: deliveries to this subscription stop at once.',
  source: 'C',
  params: webhookIdParams,
  successStatus: 204,
  emits: [],
  safeToRetry: true,
  examples: [{ name: 'by-id', summary: 'Delete a subscription', request: { params: { webhook_id: EXAMPLE.webhookId } }, response: { status: 204 } }],
});

export const webhookOperations = {
  create: createWebhook,
  list: listWebhooks,
  get: getWebhook,
  delete: deleteWebhook,
};
