/**
 * A webhook subscription to Reeve's events (docs/reeve-api.md §3 endpoints 7–9): it belongs to the user who made it
 * and the brand the request chose ([C], as connections do), and receives that user's events in that brand whose
 * type it lists and, when it lists providers, whose provider is one of them.
 */
import type { ProviderSlug, ReeveEventType } from '@reevo/client/reeve-catalog';

/** A subscription as endpoints 7 and 8 show it (7 adds the secret, once). */
export interface Subscription {
  id: string;
  url: string;
  events: ReeveEventType[];
  /** Empty: every provider. */
  providers: ProviderSlug[];
  description: string | null;
  /** `disabled` once its receiver answered 410 or every retry failed (as Reevo's, docs/reevo-api.md §6). */
  status: 'active' | 'disabled';
  created_at: string;
}

export interface StoredSubscription extends Subscription {
  userId: string;
  brandId: string;
  secret: string;
}

export interface NewSubscription {
  url: string;
  events: readonly ReeveEventType[];
  providers?: readonly ProviderSlug[] | undefined;
  description?: string | null | undefined;
}

/** Who asks: a session's user, in the brand its request chose. */
export interface ReeveScope {
  userId: string;
  brandId: string;
}

export function withoutSecret({ secret: _secret, userId: _userId, brandId: _brandId, ...shown }: StoredSubscription): Subscription {
  return shown;
}

/** Whether an event of this user, brand, type and provider goes to the subscription. */
export function subscriptionWants(subscription: StoredSubscription, event: ReeveScope & { type: ReeveEventType; provider: ProviderSlug }): boolean {
  return (
    subscription.status === 'active' &&
    subscription.userId === event.userId &&
    subscription.brandId === event.brandId &&
    subscription.events.includes(event.type) &&
    (subscription.providers.length === 0 || subscription.providers.includes(event.provider))
  );
}
