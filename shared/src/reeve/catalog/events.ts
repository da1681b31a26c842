/** Endpoint 6 of docs/reeve-api.md §3 [C]: the last 7 days of SystemEvents in the brand, newest first. */
import * as z from 'zod';
import type { KnownOutput } from '../../machine/operation';
import { ProviderSlugSchema, ReeveEventTypeSchema, field } from './common';
import { defineReeveOperation } from './operation';
import { SystemEvent, sampleSystemEvent } from './system-event';

export const EVENTS_MAX_LIMIT = 100;
export const EVENTS_DEFAULT_LIMIT = 20;

export const EventList = z
  .looseObject({ events: field(z.array(SystemEvent), { title: 'Events', description: 'Newest first, from the last 7 days.' }) })
  .meta({ id: 'EventList', title: 'Events', description: "The brand's recent events." });
// @generated:start EventList: the type of the schema above, written by `npm run generate -w @reevo/client`
/** The brand's recent events. */
export type EventList = {
  /** Newest first, from the last 7 days. */
  events: KnownOutput<typeof EventList>['events'];
};
// @generated:end EventList

export const listEvents = defineReeveOperation({
  operationId: 'listEvents',
  tag: 'Events',
  method: 'GET',
  path: '/api/connectors/events',
  permissions: [],
  summary: 'List Events',
  description:
    "Lists the brand's events of the last 7 days, newest first: provider webhooks (Shopify orders, Stripe payments, GitHub pushes, …) and connection changes, optionally of one type or provider.",
  source: 'C',
  query: z.strictObject({
    type: field(ReeveEventTypeSchema, { title: 'Event Type', description: 'Only events of this type.', example: 'shopify.order.created' }).optional(),
    provider: field(ProviderSlugSchema, { title: 'Provider', description: 'Only events about this provider.', example: 'shopify' }).optional(),
    limit: field(z.int().min(1).max(EVENTS_MAX_LIMIT).default(EVENTS_DEFAULT_LIMIT), {
      title: 'Limit',
      description: `How many events to return (1–${EVENTS_MAX_LIMIT}, default ${EVENTS_DEFAULT_LIMIT}).`,
      example: EVENTS_DEFAULT_LIMIT,
    }),
  }),
  response: EventList,
  successStatus: 200,
  emits: [],
  safeToRetry: true,
  examples: [
    {
      name: 'shopify-orders',
      summary: 'The latest Shopify orders',
      request: { query: { type: 'shopify.order.created', limit: 1 } },
      response: { status: 200, body: { events: [sampleSystemEvent('shopify.order.created')] } },
    },
  ],
});

export const eventOperations = { list: listEvents };
