/**
 * What the dispatcher checks before it queues anything, so a wrong payload fails loudly where it was made: the
 * event's type is one of the API definition's events and its body has that event's schema, and the subscription's
 * secret can sign.
 */
import { secretBytes } from '@reevo/client/machine';
import type * as z from 'zod';
import { WebhookDispatchError } from './dispatch-error';
import type { WebhookEventInput, WebhookTarget } from './types';

/**
 * The events an API delivers: the names of its definition's `events` (all the dispatcher needs of them), and each
 * one's schema where the API has them.
 */
export interface DispatchedEvents {
  types: readonly string[];
  /** Undefined for a type the API gives no schema (its payload is checked where it is made). */
  schemaOf?: (type: string) => z.ZodType | undefined;
}

/** The event's type, after checking the event has the definition's shape. */
export function checkEvent(event: WebhookEventInput, events: DispatchedEvents): string {
  if (!events.types.includes(event.type)) {
    throw new WebhookDispatchError('invalid_event', `Unknown webhook event type ${JSON.stringify(event.type)}: use one of ${events.types.join(', ')}.`);
  }
  const result = events.schemaOf?.(event.type)?.safeParse(event);
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

/**
 * The events of several APIs as one dispatcher takes them, so that one delivery log, one flush and one admin view
 * serve every API of the server. Their event types must not overlap: each type's schema comes from its own API.
 */
export function combineEvents(...sources: readonly DispatchedEvents[]): DispatchedEvents {
  const owner = new Map<string, DispatchedEvents>();
  for (const source of sources) {
    for (const type of source.types) {
      if (owner.has(type)) throw new Error(`Two APIs deliver the webhook event type ${JSON.stringify(type)}: give each API its own event types.`);
      owner.set(type, source);
    }
  }
  return {
    types: [...owner.keys()],
    schemaOf: (type) => owner.get(type)?.schemaOf?.(type),
  };
}
