/** Reeve's events as the webhook dispatcher takes them (docs/reeve-api.md §4 "Events for subscriptions"). */
import { reeveApi, systemEventSchema, type ReeveEventType } from '@reevo/client/reeve-catalog';
import type { DispatchedEvents } from '../../webhooks/event-check';

export const reeveWebhookEvents: DispatchedEvents = {
  types: Object.keys(reeveApi.events),
  // A delivery's body is the SystemEvent; the dispatcher asks only for types it found among the definition's events.
  schemaOf: (type) => systemEventSchema(type as ReeveEventType),
};
