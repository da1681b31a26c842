/**
 * The one shape every Reeve instant trigger hands a Zap: the SystemEvent as Reeve delivers it and as List Events
 * lists it (`id`, `type`, `provider`, `brand_id`, `connection_account`, `received_at`, and `data`: the provider's
 * own payload or the Connection). Both the hook's `perform` and `performList` go through `eventItem`, and Reeve keeps
 * the events it delivers, so samples are real past events of the same shape.
 */
import { systemEventSchema, type ReeveEventType, type SystemEvent } from '@integration-pack/core/reeve/api';
import type { PlainOutputField } from 'zapier-platform-core';
import { outputFieldsFrom } from '../../../zapier/src/platform/fields/output-fields';
import type { EventItem } from '../../../zapier/src/platform/product';

export function eventItem(event: SystemEvent): EventItem {
  return { ...(event as unknown as Record<string, unknown>), id: event.id };
}

export function eventOutputFields(type: ReeveEventType): PlainOutputField[] {
  return outputFieldsFrom(systemEventSchema(type));
}
