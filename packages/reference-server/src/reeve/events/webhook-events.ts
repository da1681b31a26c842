/** Reeve's events as the webhook dispatcher takes them (docs/reeve-api.md §4 "Events for subscriptions"). */
import { REEVE_EVENT_TYPES } from '@reevo/client/reeve-catalog';
import type { DispatchedEvents } from '../../webhooks/event-check';

// No schema per type: a SystemEvent's data is the provider's payload untouched, or the Connection (built by the server).
export const reeveWebhookEvents: DispatchedEvents = { types: REEVE_EVENT_TYPES };
