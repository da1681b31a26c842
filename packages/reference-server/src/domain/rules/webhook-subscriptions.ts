/** Webhook subscriptions as the API shows them (never the secret again) and as the delivery worker needs them. */
import type { EventType, WebhookSubscription } from '@integration-pack/core/reevo/api';
import type { StoredWebhookSubscription, WorkspaceState } from '../model';
import { requireById } from './lookups';

export function withoutSecret(subscription: StoredWebhookSubscription): WebhookSubscription {
  const { secret: _secret, ...shown } = subscription;
  return shown;
}

export function requireSubscription(state: WorkspaceState, id: string): StoredWebhookSubscription {
  return requireById(state.webhooks, 'Webhook subscription', id);
}

/** The active subscriptions to an event, oldest first, with their secrets (for signing deliveries). */
export function activeSubscriptionsFor(state: WorkspaceState, eventType: EventType): StoredWebhookSubscription[] {
  return [...state.webhooks.values()].filter((subscription) => subscription.status === 'active' && subscription.events.includes(eventType));
}

/** Stops deliveries to a subscription (after a 410 or the last failed retry). Answers undefined when it is gone. */
export function disableSubscription(state: WorkspaceState, id: string): StoredWebhookSubscription | undefined {
  const subscription = state.webhooks.get(id);
  if (!subscription) return undefined;
  const disabled: StoredWebhookSubscription = { ...subscription, status: 'disabled' };
  state.webhooks.set(id, disabled);
  return disabled;
}
