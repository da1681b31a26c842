/**
 * An instant (REST hook) trigger for one event type of a product: subscribe and unsubscribe with its webhook
 * operations, accept only deliveries whose signature checks out against the subscription's secret and that are that
 * event, and list recent records in exactly the hook's shape.
 */
import type { Bundle, PlainInputField, Trigger } from 'zapier-platform-core';
import { sampleWithFields } from '../fields/output-fields';
import { fit } from '../http/errors';
import {
  RefusedDelivery,
  type EventItem,
  type HookEvents,
  type StoredSubscription,
  type SubscriptionOperations,
  type ZapFunction,
  type ZapierProduct,
} from '../product';
import { rawDeliveryOf } from '../webhook/delivery';
import { subscribe, unsubscribe } from '../webhook/subscription';

export interface EventTriggerOptions<Event> {
  key: string;
  noun: string;
  /** The event type the trigger is named after: its label, description, sample and output fields. */
  event: string;
  /**
   * Every event type the trigger subscribes to and accepts, when more than `event` (Reeve's connection status
   * changes); `display` then names the trigger, since no one event's words fit.
   */
  events?: readonly string[];
  display?: { label: string; description: string };
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

/** The subscription's signing secret, or a refusal naming the fix when the Zap was subscribed without one. */
function secretOf(product: ZapierProduct, bundle: Bundle): string {
  const secret = (bundle.subscribeData as Partial<StoredSubscription> | undefined)?.secret;
  if (typeof secret === 'string' && secret !== '') return secret;
  throw new RefusedDelivery('no_secret', `This Zap keeps no ${product.definition.name} signing secret to check deliveries with. Turn the Zap off and on again to subscribe anew.`);
}

export function defineEventTrigger<Event>(source: HookSource<Event>, options: EventTriggerOptions<Event>): Trigger & { operation: EventTriggerOperations } {
  const { product, events } = source;
  const { event: type } = options;
  const types = options.events ?? [type];
  for (const each of [type, ...types]) {
    if (!product.definition.events[each]) throw new Error(`${product.definition.name} has no event ${each}; the trigger ${options.key} cannot be defined.`);
  }
  const spec = product.definition.events[type]!;
  const display = options.display ?? { label: spec.label, description: spec.description };
  const matches = (event: Event, bundle: Bundle) => options.matches?.(event, (bundle.inputData ?? {}) as Record<string, unknown>) ?? true;

  const perform: ZapFunction<EventItem[]> = async (z, bundle) => {
    let event: Event;
    try {
      event = events.verify({ ...rawDeliveryOf(bundle), secret: secretOf(product, bundle) });
    } catch (error) {
      if (!(error instanceof RefusedDelivery)) throw error;
      // Halted, not failed: the Zap's history shows why and the run produces no item, yet deliveries anyone can
      // forge never count towards the error rate that switches a Zap off. The log line is for the app's developer.
      const message = `Ignored a delivery to this ${display.label} trigger: ${error.message}`;
      z.console.log(`Refused a ${product.definition.name} delivery (${error.reason}): ${error.message}`);
      throw new z.errors.HaltedError(fit(message));
    }
    // An event of another type (a subscription edited outside Zapier) is not this trigger's business.
    if (!types.includes(events.typeOf(event)) || !matches(event, bundle)) return [];
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

  const { sample, outputFields } = sampleWithFields(events.outputFields(type), events.item(events.sample(type)));
  return {
    key: options.key,
    noun: options.noun,
    display,
    operation: {
      type: 'hook',
      ...(options.inputFields ? { inputFields: options.inputFields } : {}),
      perform,
      performList,
      performSubscribe: ((z, bundle) => subscribe(source, z, bundle, types, display.label)) satisfies ZapFunction<StoredSubscription>,
      performUnsubscribe: ((z, bundle) => unsubscribe(source, z, bundle)) satisfies ZapFunction<Record<string, unknown>>,
      sample,
      outputFields,
    },
  };
}
