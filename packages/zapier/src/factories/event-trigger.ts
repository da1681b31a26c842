/**
 * An instant (REST hook) trigger for one catalog event: subscribe and unsubscribe with the Webhooks endpoints,
 * accept only deliveries shaped like that event, and list recent records in exactly the hook's shape.
 */
import { EVENTS, parseWebhookEvent, ReevoWebhookVerificationError, sampleEvent, type EventType, type WebhookEvent } from '@integration-pack/core/reevo';
import type { Bundle, PlainInputField, Trigger, ZObject } from 'zapier-platform-core';
import { eventItem, eventOutputFields, recordAsEvent, type EventItem } from '../webhook/event-item';
import { subscribe, unsubscribe, type StoredSubscription } from '../webhook/subscription';

export interface EventTriggerOptions {
  key: string;
  noun: string;
  event: EventType;
  /** Recent records to show as samples, from the searches that exist; absent where Reevo has no way to read them. */
  listRecords?: (z: ZObject, bundle: Bundle) => Promise<Record<string, unknown>[]>;
  /** Optional filters the Zap builder sets; `matches` decides whether a delivery passes them. */
  inputFields?: PlainInputField[];
  matches?: (event: WebhookEvent, inputData: Record<string, unknown>) => boolean;
}

type TriggerFunction<T> = (z: ZObject, bundle: Bundle) => Promise<T>;

export interface EventTriggerOperations {
  perform: TriggerFunction<EventItem[]>;
  performList: TriggerFunction<EventItem[]>;
  performSubscribe: TriggerFunction<StoredSubscription>;
  performUnsubscribe: TriggerFunction<Record<string, unknown>>;
}

/** How many recent records `performList` offers as samples. */
const LIST_SIZE = 10;

export function defineEventTrigger(options: EventTriggerOptions): Trigger & { operation: EventTriggerOperations } {
  const { event: type } = options;
  const spec = EVENTS[type];
  const matches = (event: WebhookEvent, bundle: Bundle) => options.matches?.(event, (bundle.inputData ?? {}) as Record<string, unknown>) ?? true;

  const perform: TriggerFunction<EventItem[]> = async (z, bundle) => {
    let event: WebhookEvent;
    try {
      event = parseWebhookEvent(bundle.cleanedRequest);
    } catch (error) {
      // Not a Reevo event at all: say why, without switching the Zap off.
      if (error instanceof ReevoWebhookVerificationError) throw new z.errors.HaltedError(`Ignored a delivery that is not a Reevo ${type} event: ${error.message}`);
      throw error;
    }
    // A Reevo event of another type (a subscription edited outside Zapier) is not this trigger's business.
    if (event.type !== type || !matches(event, bundle)) return [];
    return [eventItem(event)];
  };

  const performList: TriggerFunction<EventItem[]> = async (z, bundle) => {
    if (!options.listRecords) return [eventItem(sampleEvent(type))];
    const records = await options.listRecords(z, bundle);
    return records
      .map((record) => recordAsEvent(type, record))
      .filter((event) => matches(event, bundle))
      .slice(0, LIST_SIZE)
      .map(eventItem);
  };

  return {
    key: options.key,
    noun: options.noun,
    display: { label: spec.label, description: spec.description },
    operation: {
      type: 'hook',
      ...(options.inputFields ? { inputFields: options.inputFields } : {}),
      perform,
      performList,
      performSubscribe: (z: ZObject, bundle: Bundle) => subscribe(z, bundle, type),
      performUnsubscribe: unsubscribe,
      sample: eventItem(sampleEvent(type)),
      outputFields: eventOutputFields(type),
    },
  };
}
