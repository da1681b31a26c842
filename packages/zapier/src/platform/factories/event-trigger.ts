/**
 * An instant (REST hook) trigger for one event type of a product: subscribe and unsubscribe with its webhook
 * operations, accept only deliveries that are that event, and list recent records in exactly the hook's shape.
 */
import type { Bundle, PlainInputField, Trigger } from 'zapier-platform-core';
import { withSampleFields } from '../fields/output-fields';
import {
  NotAnEvent,
  type EventItem,
  type HookEvents,
  type StoredSubscription,
  type SubscriptionOperations,
  type ZapFunction,
  type ZapierProduct,
} from '../product';
import { subscribe, unsubscribe } from '../webhook/subscription';

export interface EventTriggerOptions<Event> {
  key: string;
  noun: string;
  event: string;
  /** Recent records to show as samples, from the searches that exist; absent where the API has no way to read them. */
  listRecords?: ZapFunction<Record<string, unknown>[]>;
  /** Optional filters the Zap builder sets; `matches` decides whether a delivery passes them. */
  inputFields?: PlainInputField[];
  matches?: (event: Event, inputData: Record<string, unknown>) => boolean;
}

/** What a product's hook triggers share: its API, its events and how it subscribes. */
export interface HookSource<Event> {
  product: ZapierProduct;
  events: HookEvents<Event>;
  subscriptions: SubscriptionOperations;
}

export interface EventTriggerOperations {
  perform: ZapFunction<EventItem[]>;
  performList: ZapFunction<EventItem[]>;
  performSubscribe: ZapFunction<StoredSubscription>;
  performUnsubscribe: ZapFunction<Record<string, unknown>>;
}

/** How many recent records `performList` offers as samples. */
const LIST_SIZE = 10;

export function defineEventTrigger<Event>(source: HookSource<Event>, options: EventTriggerOptions<Event>): Trigger & { operation: EventTriggerOperations } {
  const { product, events } = source;
  const { event: type } = options;
  const spec = product.definition.events[type];
  if (!spec) throw new Error(`${product.definition.name} has no event ${type}; the trigger ${options.key} cannot be defined.`);
  const matches = (event: Event, bundle: Bundle) => options.matches?.(event, (bundle.inputData ?? {}) as Record<string, unknown>) ?? true;

  const perform: ZapFunction<EventItem[]> = async (z, bundle) => {
    let event: Event;
    try {
      event = events.parse(bundle.cleanedRequest);
    } catch (error) {
      // Not one of the product's events at all: say why, without switching the Zap off.
      if (error instanceof NotAnEvent) throw new z.errors.HaltedError(`Ignored a delivery that is not a ${product.definition.name} ${type} event: ${error.message}`);
      throw error;
    }
    // An event of another type (a subscription edited outside Zapier) is not this trigger's business.
    if (events.typeOf(event) !== type || !matches(event, bundle)) return [];
    return [events.item(event)];
  };

  const performList: ZapFunction<EventItem[]> = async (z, bundle) => {
    if (!options.listRecords) return [events.item(events.sample(type))];
    const records = await options.listRecords(z, bundle);
    return records
      .map((record) => events.fromRecord(type, record))
      .filter((event) => matches(event, bundle))
      .slice(0, LIST_SIZE)
      .map((event) => events.item(event));
  };

  const sample = events.item(events.sample(type));
  return {
    key: options.key,
    noun: options.noun,
    display: { label: spec.label, description: spec.description },
    operation: {
      type: 'hook',
      ...(options.inputFields ? { inputFields: options.inputFields } : {}),
      perform,
      performList,
      performSubscribe: ((z, bundle) => subscribe(source, z, bundle, type)) satisfies ZapFunction<StoredSubscription>,
      performUnsubscribe: ((z, bundle) => unsubscribe(source, z, bundle)) satisfies ZapFunction<Record<string, unknown>>,
      sample,
      outputFields: withSampleFields(events.outputFields(type), sample),
    },
  };
}
