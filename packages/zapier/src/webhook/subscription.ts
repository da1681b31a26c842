/**
 * Subscribing and unsubscribing one Zap. Each Zap gets its own Reevo subscription for exactly its event, so
 * several Zaps on the same event never share or overwrite one another's.
 */
import { catalog, EVENTS, type EventType } from '@integration-pack/core/reevo/api';
import type { Bundle, ZObject } from 'zapier-platform-core';
import { callReevo } from '../http/call-reevo';

export interface StoredSubscription {
  id: string;
  url: string;
  events: EventType[];
}

export async function subscribe(z: ZObject, bundle: Bundle, type: EventType): Promise<StoredSubscription> {
  const created = await callReevo(z, bundle, catalog.webhooks.create, {
    url: bundle.targetUrl ?? '',
    events: [type],
    description: `Zapier: ${EVENTS[type].label}`,
  });
  // The signing secret is dropped: Zapier hands the hook no raw body, so it could never be used (see README).
  return { id: created.id, url: created.url, events: created.events };
}

export async function unsubscribe(z: ZObject, bundle: Bundle): Promise<Record<string, unknown>> {
  const id = (bundle.subscribeData as Partial<StoredSubscription> | undefined)?.id;
  if (!id) throw new z.errors.Error('This Zap has no Reevo webhook subscription to remove; turning it off needs nothing more.', 'NoSubscription', 400);
  // Already gone (deleted in Reevo, or disabled after failures): the Zap's goal is met.
  await callReevo(z, bundle, catalog.webhooks.delete, { webhook_id: id }, { onRecordNotFound: () => undefined });
  return { id, unsubscribed: true };
}
