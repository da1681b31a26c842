/**
 * What the dispatcher checks before it queues anything, so a wrong payload fails loudly where it was made: the
 * event's type is one of the API definition's events and its body has that event's schema, and the subscription's
 * secret can sign.
 */
import { secretBytes, type EventDefinition } from '@integration-pack/core/machine';
import type * as z from 'zod';
import { WebhookDispatchError } from './dispatch-error';
import type { WebhookEventInput, WebhookTarget } from './types';

/** The events an API delivers: the definition's `events`, and each one's schema where the API has them. */
export interface DispatchedEvents {
  definitions: Readonly<Record<string, EventDefinition>>;
  schemaOf?: (type: string) => z.ZodType;
}

/** The event's type, after checking the event has the definition's shape. */
export function checkEvent(event: WebhookEventInput, events: DispatchedEvents): string {
  if (!Object.hasOwn(events.definitions, event.type)) {
    throw new WebhookDispatchError('invalid_event', `Unknown webhook event type ${JSON.stringify(event.type)}: use one of ${Object.keys(events.definitions).join(', ')}.`);
  }
  const result = events.schemaOf?.(event.type).safeParse(event);
  if (result && !result.success) {
    const fields = result.error.issues.map((issue) => `${issue.path.join('.') || 'event'}: ${issue.message}`).join('; ');
    throw new WebhookDispatchError('invalid_event', `The ${event.type} event does not match the catalog's event schema (${fields}).`);
  }
  return event.type;
}

export function checkSecret(subscription: WebhookTarget): void {
  try {
    secretBytes(subscription.secret);
  } catch {
    throw new WebhookDispatchError('invalid_secret', `Subscription ${subscription.id} has no usable signing secret: it should look like whsec_<base64>.`);
  }
}
