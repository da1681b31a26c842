/**
 * The admin routes for Reeve under `/__admin/reeve` (docs/reeve-api.md §6), behind the admin guard like the rest of
 * the admin API: users (each with a default brand of its own), brands, sessions and their revocation, the fake
 * providers' behaviour, and connections as stored (sealed credentials in base64, never in plain text).
 * `POST /providers/{provider}/events` is the inbound-webhook module's, registered beside these.
 */
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { isInboundScheme } from '@integration-pack/core/providers';
import type * as z from 'zod';
import { adminRouteSchema } from '../../admin/admin-route-schema';
import { DetailError } from '../../http/errors';
import { formatLimit, limitName, type ServerLimits } from '../../runtime/limits';
import type { ReferenceRuntime } from '../../runtime/reference-runtime';
import { inboundWebhookPath } from '../inbound/inbound-routes';
import { registerProviderEventsRoute } from '../inbound/provider-events-route';
import { sealedView } from '../sealed-credentials';
import { connectionView, type ConnectionRow, type ReeveUser } from '../state';
import { registerReeveAdminReads } from './reeve-admin-reads';
import * as S from './schemas';

export const REEVE_ADMIN_PREFIX = '/reeve';

export function reeveAdminApi(runtime: ReferenceRuntime): FastifyPluginAsync {
  return async (plain: FastifyInstance) => {
    const app = plain.withTypeProvider<ZodTypeProvider>();
    const reeve = runtime.reeve;
    /** 400 naming the limit, its value and the way out, once `held` has reached it. */
    const belowLimit = (limit: keyof ServerLimits, held: number, holder: string, things: string) => {
      const max = runtime.limits[limit];
      if (held >= max) throw new DetailError(400, `${holder} already holds ${formatLimit(held)} ${things}, the reference server's limit (${limitName(limit)}: ${formatLimit(max)}). Reset the server (POST /__admin/reset) to start again.`);
    };
    const requireUser = (userId: string): ReeveUser => {
      const user = reeve.state.user(userId);
      if (!user) throw new DetailError(404, `No Reeve user has the id ${userId}. Create one with POST /__admin/reeve/users.`);
      return user;
    };

    app.post(
      '/users',
      {
        schema: adminRouteSchema(
          {
            operationId: 'reeveAdminCreateUser',
            summary: 'Create a Reeve user, with a default brand of its own',
            description: 'A new Reeve user and a brand of its own (its default brand), with no connection and no session: make one with POST /__admin/reeve/sessions to call the API as the user.',
            refusals: { 400: 'The server already holds as many Reeve users or brands as its limit (the message names it): reset the server (POST /__admin/reset) to start again.' },
          },
          { body: S.CreateUserBody, response: { 201: S.ReeveUser } },
        ),
      },
      async (request, reply) => {
        belowLimit('reeveUsers', reeve.state.data.users.size, 'The server', 'Reeve users');
        belowLimit('reeveBrands', reeve.state.data.brands.size, 'The server', 'Reeve brands');
        const user = reeve.state.createUser({ email: request.body.email, name: request.body.name ?? null });
        return reply.code(201).send(userView(user));
      },
    );

    app.post(
      '/brands',
      {
        schema: adminRouteSchema(
          {
            operationId: 'reeveAdminCreateBrand',
            summary: 'Create a Reeve brand with its members',
            description: 'A new brand shared by the users given: each member may then name it in X-Reeve-Brand, and a connection made there belongs to the brand.',
            refusals: {
              400: 'The server already holds as many Reeve brands as its limit (the message names it): reset the server (POST /__admin/reset) to start again.',
              404: 'A member id names no Reeve user: create the user first with POST /__admin/reeve/users.',
            },
          },
          { body: S.CreateBrandBody, response: { 201: S.ReeveBrand } },
        ),
      },
      async (request, reply) => {
        belowLimit('reeveBrands', reeve.state.data.brands.size, 'The server', 'Reeve brands');
        request.body.member_ids.forEach(requireUser);
        const brand = reeve.state.createBrand({ name: request.body.name, memberIds: request.body.member_ids });
        return reply.code(201).send({ id: brand.id, name: brand.name, member_ids: brand.memberIds });
      },
    );

    app.post(
      '/sessions',
      {
        schema: adminRouteSchema(
          {
            operationId: 'reeveAdminCreateSession',
            summary: 'Create a session token for a Reeve user',
            description: "A session token for the user, ending at `expires_at` if given (on the server's clock). The answer is the only time the token is shown: send it as `Authorization: Bearer <token>`.",
            refusals: {
              400: 'The user already holds as many sessions as the limit (the message names it): reuse one, or reset the server (POST /__admin/reset).',
              404: 'No Reeve user has the `user_id`: create one with POST /__admin/reeve/users.',
            },
          },
          { body: S.CreateSessionBody, response: { 201: S.ReeveSession } },
        ),
      },
      async (request, reply) => {
        const user = requireUser(request.body.user_id);
        belowLimit('sessionsPerUser', reeve.state.sessionsOf(user.id), `User ${user.id}`, 'sessions');
        const expiresAt = request.body.expires_at ?? null;
        const { token } = reeve.state.createSession(user.id, expiresAt === null ? null : new Date(expiresAt).toISOString(), runtime.clock.nowMs());
        return reply.code(201).send({ token, user_id: user.id, expires_at: expiresAt === null ? null : new Date(expiresAt).toISOString() });
      },
    );

    app.post(
      '/sessions/:token/revoke',
      {
        schema: adminRouteSchema(
          {
            operationId: 'reeveAdminRevokeSession',
            summary: 'Revoke a session token: it is answered 401 from then on',
            description: "Ends the session at once, as a sign-out would: every later call with the token is answered 401 Not authenticated. The user's connections stay.",
            refusals: { 404: 'No session has this token (never made, or already revoked): create one with POST /__admin/reeve/sessions.' },
          },
          { params: S.SessionTokenParams, response: { 200: S.RevokedSession } },
        ),
      },
      async (request) => {
        if (!reeve.state.revokeSession(request.params.token)) throw new DetailError(404, 'No session has this token. Create one with POST /__admin/reeve/sessions.');
        return { revoked: true as const };
      },
    );

    app.put(
      '/providers/:provider',
      {
        schema: adminRouteSchema(
          {
            operationId: 'reeveAdminSetProvider',
            summary: "Set a fake provider's behaviour",
            description:
              "Changes how the fake provider answers the server: refuse the next API key or authorization code, how refreshes are answered, whether it can be reached. Fields left out keep their value. Connections are judged again at once. Answers the provider's whole behaviour.",
          },
          { params: S.ProviderParams, body: S.ProviderBehaviourBody, response: { 200: S.ProviderBehaviour } },
        ),
      },
      async (request) => {
        const change = Object.fromEntries(Object.entries(request.body).filter(([, value]) => value !== undefined));
        const behaviour = reeve.providers.setBehaviour(request.params.provider, change);
        // A provider that is back, or refreshes again, is tried at once rather than at the next jump of the clock.
        reeve.assess();
        return { provider: request.params.provider, ...behaviour };
      },
    );

    app.get(
      '/connections',
      {
        schema: adminRouteSchema(
          {
            operationId: 'reeveAdminListConnections',
            summary: "A Reeve user's connections as stored",
            description:
              "Every connection of the user in every brand, as the server stores it: the sealed credentials (base64, never in plain text), the refresh history, and for Shopify, Stripe and GitHub the inbound webhook URL and secret to sign test deliveries with.",
            refusals: { 404: 'No Reeve user has the `user_id`: create one with POST /__admin/reeve/users.' },
          },
          { querystring: S.ConnectionsQuery, response: { 200: S.ConnectionRows } },
        ),
      },
      async (request) => {
        requireUser(request.query.user_id);
        reeve.assess();
        const origin = `${request.protocol}://${request.host}`;
        return { connections: reeve.state.connectionsOfUser(request.query.user_id).map((row) => storedView(row, origin)) };
      },
    );

    registerProviderEventsRoute(app, runtime);
    registerReeveAdminReads(app, runtime);
  };
}

function userView(user: ReeveUser): z.output<typeof S.ReeveUser> {
  return { id: user.id, email: user.email, name: user.name, default_brand_id: user.defaultBrandId };
}

/** The inbound webhook URL and secret, signed by the scheme of the same name as the provider (docs/reeve-api.md §5). */
function storedView(row: ConnectionRow, origin: string): z.output<typeof S.ConnectionRow> {
  const webhook =
    isInboundScheme(row.provider) && row.hookToken !== null && row.webhookSecret !== null
      ? { url: `${origin}${inboundWebhookPath(row.provider, row.hookToken)}`, secret: row.webhookSecret, scheme: row.provider }
      : null;
  return {
    ...connectionView(row),
    user_id: row.userId,
    credentials: row.credentials === null ? null : sealedView(row.credentials),
    refresh_history: row.refreshHistory.map((record) => ({ ...record })),
    webhook,
  };
}
