/**
 * What a product layer gives the generic Zapier factories: its API definition and the little that is its own (how
 * the connection's fields become credentials, its error facts, which dropdowns fill its record fields, how its
 * webhook subscriptions and events look). Everything else under src/platform/ is the same for every product, and
 * test/platform-boundary.test.ts keeps it free of product imports. Reevo's is src/reevo.ts.
 */
import type { AnyDefinition, CredentialsOf, OperationSpec, VerifyWebhookInput, WebhookVerificationFailure } from '@integration-pack/core/machine';
import type { ErrorFactsReader } from '@integration-pack/core/forms';
import type { Bundle, PlainOutputField, ZObject } from 'zapier-platform-core';
import type { PickerTable } from './fields/pickers';

export interface ZapierProduct<D extends AnyDefinition = AnyDefinition> {
  definition: D;
  /** The client's credentials from the connection's authData (the product's own auth fields). */
  credentialsOf(authData: Readonly<Record<string, unknown>>): CredentialsOf<D>;
  /** The authData key of the connection's Base URL field; blank or absent means the definition's base URL. */
  baseUrlKey: string;
  /** The User-Agent of the app's requests, e.g. `reevo-zapier/0.1.0`. */
  userAgent: string;
  readErrors: ErrorFactsReader;
  /** Which hidden list trigger and which search fill a field that names a record. */
  pickers: PickerTable;
}

/**
 * One Zap's webhook subscription as the app keeps it in `subscribeData`, which Zapier hands back to `perform`: the
 * signing secret is kept so that every delivery's signature can be checked.
 */
export interface StoredSubscription {
  id: string;
  secret: string;
  [field: string]: unknown;
}

/** How a product's API subscribes a URL to one event type and removes the subscription again. */
export interface SubscriptionOperations {
  create: OperationSpec;
  /** The create's input for one Zap: its target URL, its event types and a description naming the trigger. */
  createInput(targetUrl: string, eventTypes: readonly string[], description: string): Record<string, unknown>;
  /** What the app keeps of the created subscription: its id and signing secret, and what helps a reader of the Zap. */
  stored(created: unknown): StoredSubscription;
  delete: OperationSpec;
  /** The delete's input naming the subscription. */
  deleteInput(id: string): Record<string, unknown>;
}

/** The item an instant trigger hands a Zap: a record's fields with which event it was. */
export type EventItem = Record<string, unknown> & { id: string };

/** How a product's webhook deliveries read, and how its records stand in for them in `performList`. */
export interface HookEvents<Event = unknown> {
  /**
   * Verifies a delivery (Standard Webhooks: headers, timestamp, signature of the raw body) and reads it as an event;
   * throws `RefusedDelivery` saying why when it is forged, stale, unsigned or not one of the product's events.
   */
  verify(delivery: VerifyWebhookInput): Event;
  typeOf(event: Event): string;
  /** The one shape both the hook and `performList` hand a Zap, so samples and live events cannot drift apart. */
  item(event: Event): EventItem;
  sample(type: string): Event;
  /** A recent record presented as the event it would arrive as. */
  fromRecord(type: string, record: Record<string, unknown>): Event;
  outputFields(type: string): PlainOutputField[];
}

/** What `HookEvents.verify` throws for a delivery the trigger must not turn into an item. */
export class RefusedDelivery extends Error {
  constructor(
    readonly reason: WebhookVerificationFailure | 'no_secret',
    message: string,
  ) {
    super(message);
    this.name = 'RefusedDelivery';
  }
}

export type ZapFunction<T> = (z: ZObject, bundle: Bundle) => Promise<T>;
