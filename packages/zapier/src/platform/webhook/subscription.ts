/**
 * Subscribing and unsubscribing one Zap. Each Zap gets its own subscription for exactly its event, so several Zaps
 * on the same events never share or overwrite one another's.
 */
import type { Bundle, ZObject } from 'zapier-platform-core';
import { callApi } from '../http/call-api';
import type { HookSource } from '../factories/event-trigger';
import type { StoredSubscription } from '../product';

export async function subscribe(source: HookSource<unknown>, z: ZObject, bundle: Bundle, types: readonly string[], label: string): Promise<StoredSubscription> {
  const { product, subscriptions } = source;
  const created = await callApi(product, z, bundle, subscriptions.create, subscriptions.createInput(bundle.targetUrl ?? '', types, `Zapier: ${label}`));
  return subscriptions.stored(created);
}

export async function unsubscribe(source: HookSource<unknown>, z: ZObject, bundle: Bundle): Promise<Record<string, unknown>> {
  const { product, subscriptions } = source;
  const id = (bundle.subscribeData as Partial<StoredSubscription> | undefined)?.id;
  if (!id) {
    throw new z.errors.Error(`This Zap has no ${product.definition.name} webhook subscription to remove; turning it off needs nothing more.`, 'NoSubscription', 400);
  }
  // Already gone (deleted in the product, or disabled after failures): the Zap's goal is met.
  await callApi(product, z, bundle, subscriptions.delete, subscriptions.deleteInput(id), { onRecordNotFound: () => undefined });
  return { id, unsubscribed: true };
}
