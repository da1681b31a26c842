/**
 * Endpoints 6–9 (docs/reeve-api.md §3), by the catalog's operationIds, for Reeve's served API to run on the caller's
 * behalf: the caller's events, newest first, and the caller's webhook subscriptions, always within the user and the
 * brand the request chose. The catalog's schemas have validated the input (event types, providers, `limit` 1–100
 * with its default).
 */
import type { ProviderSlug, ReeveEventType } from '@reevo/client/reeve-catalog';
import type { ReeveCaller } from '../access';
import type { ReeveHandler } from '../handlers';
import type { ReeveScope } from '../subscriptions/subscription';
import type { ReeveEventHub } from './event-hub';

const scopeOf = (caller: ReeveCaller): ReeveScope => ({ userId: caller.user.id, brandId: caller.brandId });

export function eventHandlers(hub: ReeveEventHub): Readonly<Record<'listEvents' | 'createWebhook' | 'listWebhooks' | 'deleteWebhook', ReeveHandler>> {
  return {
    listEvents: (_reeve, caller, { query }) => ({
      events: hub.log.list({
        ...scopeOf(caller),
        limit: query.limit as number,
        ...(query.type === undefined ? {} : { type: query.type as ReeveEventType }),
        ...(query.provider === undefined ? {} : { provider: query.provider as ProviderSlug }),
      }),
    }),
    createWebhook: (_reeve, caller, { body }) =>
      hub.subscriptions.create(scopeOf(caller), {
        url: body.url as string,
        events: body.events as ReeveEventType[],
        providers: body.providers as ProviderSlug[] | undefined,
        description: body.description as string | undefined,
      }),
    listWebhooks: (_reeve, caller) => ({ webhooks: hub.subscriptions.list(scopeOf(caller)) }),
    deleteWebhook: (_reeve, caller, { params }) => {
      hub.deleteSubscription(scopeOf(caller), params.id as string);
    },
  };
}
