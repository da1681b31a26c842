/**
 * One success scenario per operation of the catalog (docs/reeve-api.md §3, endpoints 1–9), each with a fresh user. A
 * table typed `Record<ReeveOperationId, …>`, so a new catalog operation without one does not compile (and
 * coverage.test.ts fails). Calls go through the typed client where it has the operation, so every answer also passes
 * the catalog's response schema (the client checks each).
 */
import { ReeveNotFoundError } from '@reevo/client/reeve';
import { REEVE_PROVIDERS, type ReeveOperationId } from '@reevo/client/reeve-catalog';
import { callback, connectApiKey, connectOAuth, connectWithKey, disconnect, keyFor, listConnections, redirectAfter } from './connect';
import type { ReeveAdminSession, ReeveTestUser } from './target';

export type HappyPath = (session: ReeveAdminSession, user: ReeveTestUser) => Promise<void>;

/** The Connection's fields (docs/reeve-api.md §3 "Connection"). */
const CONNECTION_FIELDS = ['provider', 'type', 'status', 'account_name', 'brand_id', 'tools', 'connected_at', 'expires_at', 'last_refreshed_at', 'status_reason'];

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

export const HAPPY_PATHS: Record<ReeveOperationId, HappyPath> = {
  getAuthorizationUrl: async (session, user) => {
    const client = session.client(user.token);
    const redirect = 'http://127.0.0.1:5173/connectors/done';
    const answer = await client.connections.getAuthorizationUrl({ provider: 'google_ads', redirect_uri: redirect });
    expect(Object.keys(answer)).toEqual(['auth_url']);
    const url = new URL(answer.auth_url);
    expect(url.pathname).toMatch(/^\/__providers\/google_ads\//);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      client_id: expect.any(String),
      redirect_uri: redirect,
      scope: expect.any(String),
      state: expect.any(String),
      code_challenge: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      code_challenge_method: 'S256',
    });
    const byDefault = new URL((await client.connections.getAuthorizationUrl({ provider: 'meta' })).auth_url);
    expect(byDefault.searchParams.get('redirect_uri')).toBe('https://app.meetreeve.com/cockpit/connectors');
    expect(byDefault.searchParams.get('state')).not.toBe(url.searchParams.get('state'));
  },
  completeAuthorization: async (session, user) => {
    const client = session.client(user.token);
    const approved = await redirectAfter(session, user, 'meta');
    const answer = await client.connections.completeAuthorization({ provider: 'meta', code: approved.get('code')!, state: approved.get('state')! });
    expect(answer).toEqual({ connected: true, provider: 'meta', account_name: expect.any(String) });
    const [connection] = await listConnections(session, user);
    expect(connection).toMatchObject({ provider: 'meta', type: 'oauth', status: 'connected', brand_id: user.defaultBrandId, tools: ['reeve_ads'], connected_at: expect.stringMatching(ISO), expires_at: expect.stringMatching(ISO), last_refreshed_at: null });

    const refused = await callback(session, user, 'slack', await redirectAfter(session, user, 'slack', 'deny'));
    expect(refused.status).toBe(200);
    expect(refused.body).toMatchObject({ connected: false, provider: 'slack', error: 'access_denied' });
    expect((await listConnections(session, user)).map((listed) => listed.provider)).toEqual(['meta']);
  },
  connectWithApiKey: async (session, user) => {
    const answer = await session.client(user.token).connections.connectWithApiKey({ provider: 'stripe', api_key: keyFor('stripe') });
    expect(answer).toEqual({ connected: true, provider: 'stripe', account_name: expect.any(String) });
    const [connection] = await listConnections(session, user);
    expect(connection).toMatchObject({ provider: 'stripe', type: 'api_key', status: 'connected', account_name: answer.account_name, tools: ['reeve_revenue'], expires_at: null, last_refreshed_at: null });
    expect(await connectWithKey(session, user, 'google_analytics')).toMatchObject({ status: 200, body: { connected: true, provider: 'google_analytics' } });
    expect((await listConnections(session, user)).find((candidate) => candidate.provider === 'google_analytics')).toMatchObject({ type: 'service_account', tools: ['reeve_analytics'] });
  },
  listConnections: async (session, user) => {
    const client = session.client(user.token);
    await expect(client.connections.list()).resolves.toEqual({ connections: [] });
    await connectApiKey(session, user, 'stripe');
    await connectOAuth(session, user, 'github');
    await connectApiKey(session, user, 'klaviyo');
    expect((await disconnect(session, user, 'github')).status).toBe(200);
    const { connections } = await client.connections.list();
    // Connected ones first, then by provider; a disconnected connection stays listed.
    expect(connections.map((connection) => [connection.provider, connection.status])).toEqual([['klaviyo', 'connected'], ['stripe', 'connected'], ['github', 'disconnected']]);
    expect(connections.find((connection) => connection.provider === 'github')?.tools).toEqual([]);
    // A Connection never includes a token, key or secret: it has §3's fields and no others.
    expect(JSON.stringify(connections)).not.toContain(keyFor('stripe'));
    for (const connection of connections) expect(Object.keys(connection).filter((field) => !CONNECTION_FIELDS.includes(field))).toEqual([]);
  },
  disconnectProvider: async (session, user) => {
    const client = session.client(user.token);
    await connectApiKey(session, user, 'stripe');
    await connectOAuth(session, user, 'meta');
    await expect(client.connections.disconnect({ provider: 'stripe' })).resolves.toEqual({ provider: 'stripe', status: 'disconnected', revoked: REEVE_PROVIDERS.stripe.revokes });
    await expect(client.connections.disconnect({ provider: 'meta' })).resolves.toEqual({ provider: 'meta', status: 'disconnected', revoked: REEVE_PROVIDERS.meta.revokes });
    expect((await listConnections(session, user)).map((connection) => connection.status)).toEqual(['disconnected', 'disconnected']);
  },
  listEvents: async (session, user) => {
    const client = session.client(user.token);
    await connectApiKey(session, user, 'stripe');
    const sent = await session.admin.providerEvent('stripe', { user_id: user.id, type: 'payment_intent.succeeded' });
    expect(sent).toMatchObject({ status: 200, delivery_id: expect.any(String) });
    const { events } = await client.events.list({ type: 'stripe.payment.succeeded' });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ id: expect.stringMatching(/^evt_/), type: 'stripe.payment.succeeded', provider: 'stripe', brand_id: user.defaultBrandId, connection_account: expect.any(String), received_at: expect.stringMatching(ISO), data: expect.anything() });
    await expect(client.events.list({ provider: 'github' })).resolves.toEqual({ events: [] });
  },
  createWebhook: async (session, user) => {
    // https to loopback: the reference server delivers only to this machine unless told otherwise (its README).
    const body = { url: 'https://127.0.0.1:9/reeve', events: ['shopify.order.created', 'connection.expired'], providers: ['shopify'], description: 'Orders to the warehouse' } as const;
    const created = await session.client(user.token).webhooks.create({ ...body, events: [...body.events], providers: [...body.providers] });
    expect(created).toMatchObject({ ...body, id: expect.stringMatching(/^sub_/), secret: expect.stringMatching(/^whsec_[A-Za-z0-9+/=]+$/) });
    const raw = await session.raw({ method: 'POST', path: '/api/connectors/webhooks', token: user.token, body });
    expect(raw.status).toBe(201);
  },
  listWebhooks: async (session, user) => {
    const client = session.client(user.token);
    const { secret, ...withoutSecret } = await client.webhooks.create({ url: 'http://127.0.0.1:9/reeve', events: ['connection.connected'] });
    const answer = await client.webhooks.list();
    expect(answer).toEqual({ webhooks: [expect.objectContaining(withoutSecret)] });
    expect(JSON.stringify(answer)).not.toContain(secret);
    expect(answer.webhooks[0]).not.toHaveProperty('secret');
  },
  deleteWebhook: async (session, user) => {
    const client = session.client(user.token);
    const { id } = await client.webhooks.create({ url: 'http://127.0.0.1:9/reeve', events: ['connection.connected'] });
    const deleted = await session.raw({ method: 'DELETE', path: `/api/connectors/webhooks/${id}`, token: user.token });
    expect(deleted.status).toBe(204);
    expect(deleted.body).toBeUndefined();
    await expect(client.webhooks.list()).resolves.toEqual({ webhooks: [] });
    await expect(client.webhooks.delete({ id })).rejects.toBeInstanceOf(ReeveNotFoundError);
  },
};
