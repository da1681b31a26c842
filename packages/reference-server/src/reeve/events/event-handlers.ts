/**
 * Endpoints 6–9 (docs/reeve-api.md §3), by operationId, for Reeve's served API to run on the caller's behalf: the
 * caller's events, newest first, and the caller's webhook subscriptions, always within the user and the brand the
 * request chose. The catalog's schemas have validated the input (event types, providers, `limit` 1–100).
 */
import type { ProviderSlug, ReeveEventType } from '@reevo/client/reeve-catalog';
import type { ReeveScope } from '../subscriptions/subscription';
import type { ReeveEventHub } from './event-hub';

export interface HandlerInput {
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  body: Record<string, unknown>;
}

type Handler = (hub: ReeveEventHub, scope: ReeveScope, input: HandlerInput) => unknown;

/** Endpoint 6's default page ([C], docs/reeve-api.md §3). */
export const DEFAULT_EVENT_LIMIT = 20;

export const reeveEventHandlers: Readonly<Record<'events.list' | 'webhooks.create' | 'webhooks.list' | 'webhooks.delete', Handler>> = {
  'events.list': (hub, scope, { query }) => ({
    events: hub.log.list({
      ...scope,
      limit: (query.limit as number | undefined) ?? DEFAULT_EVENT_LIMIT,
      ...(query.type === undefined ? {} : { type: query.type as ReeveEventType }),
      ...(query.provider === undefined ? {} : { provider: query.provider as ProviderSlug }),
    }),
  }),
  'webhooks.create': (hub, scope, { body }) =>
    hub.subscriptions.create(scope, {
      url: body.url as string,
      events: body.events as ReeveEventType[],
      providers: body.providers as ProviderSlug[] | undefined,
      description: body.description as string | null | undefined,
    }),
  'webhooks.list': (hub, scope) => ({ webhooks: hub.subscriptions.list(scope) }),
  'webhooks.delete': (hub, scope, { params }) => {
    hub.deleteSubscription(scope, params.id as string);
  },
};

export function isReeveEventOperation(operationId: string): operationId is keyof typeof reeveEventHandlers {
  return Object.hasOwn(reeveEventHandlers, operationId);
}
