/**
 * One success scenario per client operation of docs/reeve-api.md §3 (endpoints 1–9), each with a fresh user; the
 * coverage test fails when the catalog has an operation this table lacks.
 */
import { REEVE_PROVIDERS } from '@reevo/client/reeve-catalog';
import { authorize, callback, connectApiKey, connectOAuth, connectWithKey, disconnect, keyFor, listConnections, redirectAfter } from './connect';
import type { ReeveAdminSession, ReeveTestUser } from './target';

export type HappyPath = (session: ReeveAdminSession, user: ReeveTestUser) => Promise<void>;

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

export const HAPPY_PATHS: Record<string, HappyPath> = {
  'connections.getAuthorizationUrl': async (session, user) => {
    const redirect = 'http://127.0.0.1:5173/connectors/done';
    const answer = await authorize(session, user, 'google_ads', { redirect_uri: redirect });
    expect(answer.status).toBe(200);
    expect(Object.keys(answer.body as object)).toEqual(['auth_url']);
    const url = new URL((answer.body as { auth_url: string }).auth_url);
    expect(url.pathname).toMatch(/^\/__providers\/google_ads\//);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      client_id: expect.any(String),
      redirect_uri: redirect,
      scope: expect.any(String),
      state: expect.any(String),
      code_challenge: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      code_challenge_method: 'S256',
    });
    const byDefault = new URL(((await authorize(session, user, 'meta')).body as { auth_url: string }).auth_url);
    expect(byDefault.searchParams.get('redirect_uri')).toBe('https://app.meetreeve.com/cockpit/connectors');
    expect(byDefault.searchParams.get('state')).not.toBe(url.searchParams.get('state'));
  },
  'connections.completeAuthorization': async (session, user) => {
    const answer = await connectOAuth(session, user, 'meta');
    expect(answer).toEqual({ connected: true, provider: 'meta', account_name: expect.any(String) });
    const [connection] = await listConnections(session, user);
    expect(connection).toMatchObject({ provider: 'meta', type: 'oauth', status: 'connected', account_name: answer.account_name, brand_id: user.defaultBrandId, tools: ['reeve_ads'], connected_at: expect.stringMatching(ISO), expires_at: expect.stringMatching(ISO), last_refreshed_at: null });

    const refused = await callback(session, user, 'slack', await redirectAfter(session, user, 'slack', 'deny'));
    expect(refused.status).toBe(200);
    expect(refused.body).toMatchObject({ connected: false, provider: 'slack', error: 'access_denied' });
    expect((await listConnections(session, user)).map((connection) => connection.provider)).toEqual(['meta']);
  },
  'connections.connectWithApiKey': async (session, user) => {
    const answer = await connectApiKey(session, user, 'stripe');
    expect(answer).toEqual({ connected: true, provider: 'stripe', account_name: expect.any(String) });
    const [connection] = await listConnections(session, user);
    expect(connection).toMatchObject({ provider: 'stripe', type: 'api_key', status: 'connected', account_name: answer.account_name, tools: ['reeve_revenue'], expires_at: null, last_refreshed_at: null });
    const analytics = await connectWithKey(session, user, 'google_analytics');
    expect(analytics).toMatchObject({ status: 200, body: { connected: true, provider: 'google_analytics' } });
    expect((await listConnections(session, user)).find((candidate) => candidate.provider === 'google_analytics')).toMatchObject({ type: 'service_account', tools: ['reeve_analytics'] });
  },
  'connections.list': async (session, user) => {
    expect(await listConnections(session, user)).toEqual([]);
    await connectApiKey(session, user, 'stripe');
    await connectOAuth(session, user, 'github');
    await connectApiKey(session, user, 'klaviyo');
    expect((await disconnect(session, user, 'github')).status).toBe(200);
    const connections = await listConnections(session, user);
    // Connected ones first, then by provider; a disconnected connection stays listed.
    expect(connections.map((connection) => [connection.provider, connection.status])).toEqual([['klaviyo', 'connected'], ['stripe', 'connected'], ['github', 'disconnected']]);
    expect(connections.find((connection) => connection.provider === 'github')?.tools).toEqual([]);
    const listed = JSON.stringify(connections);
    expect(listed).not.toContain(keyFor('stripe'));
    expect(listed).not.toMatch(/token|secret|credential|api_key/i);
  },
  'connections.disconnect': async (session, user) => {
    await connectApiKey(session, user, 'stripe');
    await connectOAuth(session, user, 'meta');
    expect(await disconnect(session, user, 'stripe')).toMatchObject({ status: 200, body: { provider: 'stripe', status: 'disconnected', revoked: REEVE_PROVIDERS.stripe.revokes } });
    expect(await disconnect(session, user, 'meta')).toMatchObject({ status: 200, body: { provider: 'meta', status: 'disconnected', revoked: REEVE_PROVIDERS.meta.revokes } });
    expect((await listConnections(session, user)).map((connection) => connection.status)).toEqual(['disconnected', 'disconnected']);
  },
  'events.list': async (session, user) => {
    await connectApiKey(session, user, 'stripe');
    const sent = await session.admin.providerEvent('stripe', { user_id: user.id, type: 'payment_intent.succeeded' });
    expect(sent).toMatchObject({ status: 200, delivery_id: expect.any(String) });
    const answer = await session.raw({ method: 'GET', path: '/api/connectors/events', token: user.token, query: { type: 'stripe.payment.succeeded' } });
    expect(answer.status).toBe(200);
    const { events } = answer.body as { events: Record<string, unknown>[] };
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ id: expect.stringMatching(/^evt_/), type: 'stripe.payment.succeeded', provider: 'stripe', brand_id: user.defaultBrandId, connection_account: expect.any(String), received_at: expect.stringMatching(ISO), data: expect.anything() });
    const byProvider = await session.raw({ method: 'GET', path: '/api/connectors/events', token: user.token, query: { provider: 'github' } });
    expect(byProvider).toMatchObject({ status: 200, body: { events: [] } });
  },
  'webhooks.create': async (session, user) => {
    const body = { url: 'https://hooks.example.com/reeve', events: ['shopify.order.created', 'connection.expired'], providers: ['shopify'], description: 'Orders to the warehouse' };
    const answer = await session.raw({ method: 'POST', path: '/api/connectors/webhooks', token: user.token, body });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({ ...body, id: expect.stringMatching(/^sub_/), secret: expect.stringMatching(/^whsec_[A-Za-z0-9+/=]+$/) });
  },
  'webhooks.list': async (session, user) => {
    const created = await session.raw({ method: 'POST', path: '/api/connectors/webhooks', token: user.token, body: { url: 'http://127.0.0.1:9/reeve', events: ['connection.connected'] } });
    const { secret, ...withoutSecret } = created.body as { secret: string; id: string };
    const answer = await session.raw({ method: 'GET', path: '/api/connectors/webhooks', token: user.token });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ webhooks: [expect.objectContaining(withoutSecret)] });
    expect(JSON.stringify(answer.body)).not.toContain(secret);
    expect((answer.body as { webhooks: object[] }).webhooks[0]).not.toHaveProperty('secret');
  },
  'webhooks.delete': async (session, user) => {
    const created = await session.raw({ method: 'POST', path: '/api/connectors/webhooks', token: user.token, body: { url: 'http://127.0.0.1:9/reeve', events: ['connection.connected'] } });
    const { id } = created.body as { id: string };
    const deleted = await session.raw({ method: 'DELETE', path: `/api/connectors/webhooks/${id}`, token: user.token });
    expect(deleted.status).toBe(204);
    expect(deleted.body).toBeUndefined();
    expect((await session.raw({ method: 'GET', path: '/api/connectors/webhooks', token: user.token })).body).toEqual({ webhooks: [] });
    expect((await session.raw({ method: 'DELETE', path: `/api/connectors/webhooks/${id}`, token: user.token })).status).toBe(404);
  },
};
