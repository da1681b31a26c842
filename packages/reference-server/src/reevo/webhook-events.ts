/** Reevo's events as the webhook dispatcher takes them: the definition's event types and each one's schema. */
import { eventSchema, reevoApi, type EventType } from '@reevo/client/catalog';
import type { DispatchedEvents } from '../webhooks/event-check';

export const reevoWebhookEvents: DispatchedEvents = {
  types: Object.keys(reevoApi.events),
  // The dispatcher asks only for types it found among the definition's events.
  schemaOf: (type) => eventSchema(type as EventType),
};
