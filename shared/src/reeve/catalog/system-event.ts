/**
 * The events of docs/reeve-api.md §4 ("Events for subscriptions") and the SystemEvent that carries each one
 * (§3 [C]): what List Events answers and what a subscription receives. A provider event's `data` is the provider's
 * payload untouched; a lifecycle event's `data` is the Connection.
 */
import * as z from 'zod';
import type { EventDefinition } from '../../machine/definition';
import type { KnownOutput } from '../../machine/operation';
import { REEVE_EVENT_TYPES, REEVE_PROVIDERS, type ConnectionEventType, type ProviderSlug, type ReeveEventType } from '../providers';
import { EXAMPLE, field, providerField, timestamp } from './common';
import { Connection, EXAMPLE_SHOPIFY_CONNECTION } from './connection';
import { PROVIDER_PAYLOAD_SAMPLES } from './provider-payloads';
import type { EventData } from './types.generated';

/** A provider's payload as it came: any JSON object. Reeve passes it on untouched, so its shape is the provider's. */
export const ProviderPayload = z
  .record(z.string(), z.unknown())
  .meta({ id: 'ProviderPayload', title: 'Provider Payload', description: "The provider's own webhook body (Shopify's, Stripe's or GitHub's), untouched." });
export type ProviderPayload = z.output<typeof ProviderPayload>;

type InboundEventType = Exclude<ReeveEventType, ConnectionEventType>;

export interface ReeveEventSpec extends EventDefinition {
  /** The provider whose webhooks bring it, or undefined for an event about a connection (any provider). */
  provider: ProviderSlug | undefined;
  data: z.ZodType;
}

/** The provider and topic an inbound event comes from, read from the provider table (one source of truth). */
function inboundSource(type: InboundEventType): { provider: ProviderSlug; topic: string } {
  for (const [slug, provider] of Object.entries(REEVE_PROVIDERS) as [ProviderSlug, (typeof REEVE_PROVIDERS)[ProviderSlug]][]) {
    const topic = Object.entries(provider.inbound).find(([, mapped]) => mapped === type)?.[0];
    if (topic) return { provider: slug, topic };
  }
  throw new Error(`No provider topic becomes ${type}: add it to REEVE_PROVIDERS.`);
}

function providerEvent(type: InboundEventType, label: string, description: string): ReeveEventSpec & { data: typeof ProviderPayload } {
  const { provider, topic } = inboundSource(type);
  const samples: Record<string, Record<string, unknown>> = PROVIDER_PAYLOAD_SAMPLES[provider as keyof typeof PROVIDER_PAYLOAD_SAMPLES];
  return { label, description: `${description} Its data is ${REEVE_PROVIDERS[provider].name}'s own ${topic} payload.`, provider, data: ProviderPayload, sample: samples[topic] };
}

function connectionEvent(status: string, label: string, description: string): ReeveEventSpec & { data: typeof Connection } {
  return { label, description: `${description} Its data is the Connection.`, provider: undefined, data: Connection, sample: { ...EXAMPLE_SHOPIFY_CONNECTION, ...connectionSampleFor(status) } };
}

function connectionSampleFor(status: string): Partial<Connection> {
  if (status === 'expired') return { status: 'expired', status_reason: 'Reconnect Shopify: its refresh token was revoked.' };
  if (status === 'error') return { status: 'error', status_reason: 'Shopify could not be reached on 4 different days. Check the shop, then reconnect Shopify.' };
  return { status: status as Connection['status'] };
}

/** Every event type, with words for a trigger and a realistic `data` sample. */
export const REEVE_EVENTS = {
  'shopify.order.created': providerEvent('shopify.order.created', 'New Shopify Order', 'Triggers when an order is placed in a connected Shopify shop.'),
  'shopify.product.updated': providerEvent('shopify.product.updated', 'Updated Shopify Product', 'Triggers when a product of a connected Shopify shop changes (a stock edit included).'),
  'shopify.inventory.updated': providerEvent('shopify.inventory.updated', 'Updated Shopify Inventory', "Triggers when an item's available stock changes at a location of a connected Shopify shop."),
  'stripe.payment.succeeded': providerEvent('stripe.payment.succeeded', 'New Stripe Payment', 'Triggers when a payment succeeds on a connected Stripe account.'),
  'stripe.subscription.updated': providerEvent('stripe.subscription.updated', 'Updated Stripe Subscription', 'Triggers when a subscription changes on a connected Stripe account (its status, plan or period).'),
  'stripe.invoice.created': providerEvent('stripe.invoice.created', 'New Stripe Invoice', 'Triggers when an invoice is created on a connected Stripe account.'),
  'github.push': providerEvent('github.push', 'New GitHub Push', 'Triggers when commits are pushed to a repository of a connected GitHub account.'),
  'github.pull_request.opened': providerEvent('github.pull_request.opened', 'New GitHub Pull Request', 'Triggers when a pull request is opened in a repository of a connected GitHub account.'),
  'github.deployment_status': providerEvent('github.deployment_status', 'New GitHub Deployment Status', 'Triggers when a deployment of a connected GitHub repository reports a status (success, failure, …).'),
  'connection.connected': connectionEvent('connected', 'Connection Connected', 'Triggers when a provider is connected, by OAuth or API key.'),
  'connection.disconnected': connectionEvent('disconnected', 'Connection Disconnected', 'Triggers when a provider is disconnected.'),
  'connection.expired': connectionEvent('expired', 'Connection Expired', 'Triggers when a connection expires because the provider refused a refresh: the user must reconnect.'),
  'connection.error': connectionEvent('error', 'Connection Error', 'Triggers when a connection turns to error after the provider failed on 4 different days.'),
} as const satisfies Record<ReeveEventType, ReeveEventSpec>;

const eventId = () => field(z.string().startsWith('evt_'), { title: 'Event ID', description: 'Unique per event and the same on every retry of a delivery: use it to drop duplicates.' });

function envelope<T extends ReeveEventType>(type: T) {
  return z.looseObject({
    id: eventId(),
    type: field(z.literal(type), { title: 'Event Type', description: 'What happened, e.g. shopify.order.created or connection.expired.' }),
    provider: providerField('The provider the event is about.'),
    brand_id: field(z.string(), { title: 'Brand ID', description: 'The brand of the connection.', example: EXAMPLE.brandId }),
    connection_account: field(z.string().nullable(), { title: 'Connection Account', description: "The connection's account name at the provider." }),
    received_at: field(timestamp(), { title: 'Received At', description: 'When Reeve received or raised the event.' }),
    data: REEVE_EVENTS[type].data as (typeof REEVE_EVENTS)[T]['data'],
  });
}

const eventSchemas = Object.fromEntries(REEVE_EVENT_TYPES.map((type) => [type, envelope(type)])) as { [T in ReeveEventType]: ReturnType<typeof envelope<T>> };

export function systemEventSchema<T extends ReeveEventType>(type: T) {
  return eventSchemas[type];
}

/** Every event, told apart by `type`: an item of List Events, and the body of a subscription's delivery. */
export const SystemEvent = z
  .discriminatedUnion('type', Object.values(eventSchemas) as unknown as [ReturnType<typeof envelope>, ...ReturnType<typeof envelope>[]])
  .meta({ id: 'SystemEvent', title: 'System Event', description: "A provider's webhook or a connection's change, as Reeve routes it to agents and subscriptions." });

/** One event of a type (of each, for a union), typed by its `data`. */
export type SystemEventOf<T extends ReeveEventType> = T extends ReeveEventType
  ? Omit<KnownOutput<(typeof eventSchemas)[T]>, 'data'> & { data: EventData[T] }
  : never;
export type SystemEvent = { [T in ReeveEventType]: SystemEventOf<T> }[ReeveEventType];

const SAMPLE_EVENT_IDS: Record<ReeveEventType, string> = Object.fromEntries(
  REEVE_EVENT_TYPES.map((type, index) => [type, `evt_${(0x2b3c4d5e6f7a + index).toString(16)}`]),
) as Record<ReeveEventType, string>;

/** A complete event as List Events answers it and a subscription receives it, from the event's sample `data`. */
export function sampleSystemEvent<T extends ReeveEventType>(type: T): SystemEventOf<T> {
  const spec: ReeveEventSpec = REEVE_EVENTS[type];
  const provider = spec.provider ?? EXAMPLE_SHOPIFY_CONNECTION.provider;
  const account = provider === 'stripe' ? EXAMPLE.stripeAccount : provider === 'github' ? 'acme' : EXAMPLE.shopifyAccount;
  return { id: SAMPLE_EVENT_IDS[type], type, provider, brand_id: EXAMPLE.brandId, connection_account: account, received_at: EXAMPLE.receivedAt, data: spec.sample } as unknown as SystemEventOf<T>;
}
