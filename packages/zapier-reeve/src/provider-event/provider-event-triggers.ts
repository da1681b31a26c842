/**
 * The nine instant triggers on provider events (Shopify, Stripe, GitHub webhooks that Reeve receives and passes on).
 * They differ only in their event and key, so they are one table rather than nine files of the same lines: each
 * subscribes to its event, and its samples are the brand's latest events of that type (List Events).
 */
import { reeveCatalog, REEVE_EVENTS, REEVE_PROVIDERS, type ReeveEventType } from '@integration-pack/core/reeve/api';
import type { Trigger } from 'zapier-platform-core';
import { PROVIDER_EVENT_TRIGGER_KEYS } from '../keys';
import { callReeve, defineEventTrigger } from '../reeve';

export function recentEventsOf(type: ReeveEventType) {
  return async (z: Parameters<typeof callReeve>[0], bundle: Parameters<typeof callReeve>[1]) => {
    const { events } = await callReeve(z, bundle, reeveCatalog.events.list, { type, limit: 10 });
    return events as unknown as Record<string, unknown>[];
  };
}

export const providerEventTriggers: Trigger[] = (Object.entries(PROVIDER_EVENT_TRIGGER_KEYS) as [keyof typeof PROVIDER_EVENT_TRIGGER_KEYS, string][]).map(([type, key]) => {
  const provider = REEVE_EVENTS[type].provider!;
  return defineEventTrigger({ key, noun: `${REEVE_PROVIDERS[provider].name} Event`, event: type, listRecords: recentEventsOf(type) });
});
