/**
 * The one shape every instant trigger hands a Zap: the record's own fields at the top (so "New Contact" maps
 * like "Find Contact"), plus which event it was and, for changes, what changed. The hook's `perform` and its
 * `performList` both go through `eventItem`, so samples and live events cannot drift apart.
 */
import { EVENTS, type EventType, type WebhookEvent } from '@integration-pack/core/reevo/api';
import type { PlainOutputField } from 'zapier-platform-core';
import type { EventItem as PlatformEventItem } from '../platform/product';
import { outputFieldsFrom } from '../platform/fields/output-fields';

export type EventItem = PlatformEventItem & { event_id: string; event_type: EventType; occurred_at: string };

export function eventItem(event: WebhookEvent): EventItem {
  return {
    ...(event.data as Record<string, unknown>),
    id: (event.data as { id: string }).id,
    event_id: event.id,
    event_type: event.type,
    occurred_at: event.created_at,
    ...(EVENTS[event.type].hasChanges ? { changes: event.changes ?? {} } : {}),
  };
}

/**
 * A recent record presented as the event it would arrive as, for `performList`. Reevo keeps no event history,
 * so the event id is made from the record's and nothing claims to know what changed.
 */
export function recordAsEvent(type: EventType, record: Record<string, unknown>): WebhookEvent {
  const occurredAt = (record.updated_at ?? record.created_at) as string;
  return {
    id: `evt_list_${String(record.id)}`,
    type,
    created_at: occurredAt,
    data: record,
    ...(EVENTS[type].hasChanges ? { changes: {} } : {}),
  } as unknown as WebhookEvent;
}

export function eventOutputFields(type: EventType): PlainOutputField[] {
  const fields: PlainOutputField[] = [
    ...outputFieldsFrom(EVENTS[type].data),
    { key: 'event_id', label: 'Event ID', type: 'string', required: true },
    { key: 'event_type', label: 'Event Type', type: 'string', required: true },
    { key: 'occurred_at', label: 'Occurred At', type: 'datetime', required: true },
  ];
  return fields;
}
