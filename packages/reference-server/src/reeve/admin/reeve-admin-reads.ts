/**
 * Read-only admin views of what the Reeve side holds, for the dashboard (docs/reeve-api.md §6): users, brands,
 * sessions (masked: a token is shown once, when created), the fake providers' behaviour, every user's webhook
 * subscriptions (never their secrets) and a user's SystemEvents; and revoking a session by the id the list shows.
 * Registered by `reeve-admin-api.ts` under `/__admin/reeve`, behind the admin guard.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { PROVIDER_SLUGS } from '@integration-pack/core/reeve/api';
import type * as z from 'zod';
import { adminRouteSchema } from '../../admin/admin-route-schema';
import { DetailError } from '../../http/errors';
import type { ReferenceRuntime } from '../../runtime/reference-runtime';
import { sessionStanding, type ListedSession } from '../state';
import * as S from './schemas';

export function registerReeveAdminReads(plain: FastifyInstance, runtime: ReferenceRuntime): void {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const reeve = runtime.reeve;

  app.get(
    '/users',
    {
      schema: adminRouteSchema(
        { operationId: 'reeveAdminListUsers', summary: 'List Reeve users', description: 'Oldest first, each with its default brand.' },
        { response: { 200: S.ReeveUsers } },
      ),
    },
    async () =>
      [...reeve.state.data.users.values()].map((user) => ({ id: user.id, email: user.email, name: user.name, default_brand_id: user.defaultBrandId })),
  );

  app.get(
    '/brands',
    {
      schema: adminRouteSchema(
        { operationId: 'reeveAdminListBrands', summary: 'List Reeve brands', description: "Oldest first, the users' default brands included." },
        { response: { 200: S.ReeveBrands } },
      ),
    },
    async () => [...reeve.state.data.brands.values()].map((brand) => ({ id: brand.id, name: brand.name, member_ids: [...brand.memberIds] })),
  );

  app.get(
    '/sessions',
    {
      schema: adminRouteSchema(
        {
          operationId: 'reeveAdminListSessions',
          summary: 'List session tokens, masked',
          description: 'Oldest first, of every user or one; each token masked to its last four characters, with its state on the server clock.',
        },
        { querystring: S.UserFilter, response: { 200: S.ListedSessions } },
      ),
    },
    async (request) => {
      const nowMs = runtime.clock.nowMs();
      return reeve.state.listSessions(request.query.user_id).map((listed) => sessionView(listed, nowMs));
    },
  );

  app.post(
    '/sessions/by-id/:id/revoke',
    {
      schema: adminRouteSchema(
        {
          operationId: 'reeveAdminRevokeSessionById',
          summary: 'Revoke a session by its listed id',
          description: 'For a session whose token is no longer at hand: the id is the one GET /__admin/reeve/sessions shows.',
          refusals: { 404: 'No session has this id: list them with GET /__admin/reeve/sessions.' },
        },
        { params: S.SessionIdParams, response: { 200: S.RevokedSession } },
      ),
    },
    async (request) => {
      if (!reeve.state.revokeSessionById(request.params.id))
        throw new DetailError(404, `No session has the id ${request.params.id}. List them with GET /__admin/reeve/sessions.`);
      return { revoked: true as const };
    },
  );

  app.get(
    '/providers',
    {
      schema: adminRouteSchema(
        {
          operationId: 'reeveAdminListProviders',
          summary: "Every fake provider's behaviour",
          description: 'In the order of docs/reeve-api.md §2; change one with PUT /__admin/reeve/providers/{provider}.',
        },
        { response: { 200: S.ProviderBehaviours } },
      ),
    },
    async () => PROVIDER_SLUGS.map((provider) => ({ provider, ...reeve.providers.behaviour(provider) })),
  );

  app.get(
    '/webhooks/subscriptions',
    {
      schema: adminRouteSchema(
        {
          operationId: 'reeveAdminListWebhookSubscriptions',
          summary: "Reeve's webhook subscriptions, of every user or one",
          description: "Oldest first, never the secret. Their deliveries are in GET /__admin/webhooks/deliveries, filed under the user's id.",
        },
        { querystring: S.UserFilter, response: { 200: S.AdminReeveSubscriptions } },
      ),
    },
    async (request) =>
      runtime.reeveEvents.subscriptions
        .listAll(request.query.user_id)
        .map(({ userId, brandId, ...subscription }) => ({ ...subscription, user_id: userId, brand_id: brandId })),
  );

  app.get(
    '/events',
    {
      schema: adminRouteSchema(
        {
          operationId: 'reeveAdminListEvents',
          summary: "A Reeve user's SystemEvents, in every brand",
          description: "Newest first, within the 7 days kept: what the provider webhooks and the connections' changes of status emitted.",
          refusals: { 404: 'No Reeve user has the `user_id`: list them with GET /__admin/reeve/users.' },
        },
        { querystring: S.EventsQuery, response: { 200: S.SystemEvents } },
      ),
    },
    async (request) => {
      if (!reeve.state.user(request.query.user_id))
        throw new DetailError(404, `No Reeve user has the id ${request.query.user_id}. List them with GET /__admin/reeve/users.`);
      reeve.assess();
      return runtime.reeveEvents.log.listOfUser(request.query.user_id, request.query.limit);
    },
  );
}

function sessionView({ id, session }: ListedSession, nowMs: number): z.output<typeof S.ListedSession> {
  return {
    id,
    user_id: session.userId,
    token: `••••${session.tokenHint}`,
    state: sessionStanding(session, nowMs),
    expires_at: session.expiresAt,
    last_used_at: new Date(session.lastUsedAtMs).toISOString(),
  };
}
