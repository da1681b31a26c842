/** The admin routes for Reeve (docs/reeve-api.md §6), exactly as written, and the reset. */
import { createReferenceServer } from '../../src/server';
import { startReeveServer, type ReeveTestServer } from './support';

let t: ReeveTestServer;

beforeAll(async () => {
  t = await startReeveServer();
});
afterAll(() => t.server.close());

test('users get a default brand of their own; brands take members; unknown members are 404', async () => {
  const user = await t.admin('POST', '/users', { email: 'ada@acme.com', name: 'Ada' });
  expect([user.status, user.body]).toEqual([201, { id: expect.stringMatching(/^usr_[0-9a-f]{24}$/), email: 'ada@acme.com', name: 'Ada', default_brand_id: expect.stringMatching(/^brand_[0-9a-f]{24}$/) }]);
  const brand = await t.admin('POST', '/brands', { name: 'Acme', member_ids: [user.body.id] });
  expect([brand.status, brand.body]).toEqual([201, { id: expect.stringMatching(/^brand_/), name: 'Acme', member_ids: [user.body.id] }]);
  const unknown = await t.admin('POST', '/brands', { name: 'Ghosts', member_ids: ['usr_000000000000000000000000'] });
  expect([unknown.status, unknown.body.detail]).toEqual([404, 'No Reeve user has the id usr_000000000000000000000000. Create one with POST /__admin/reeve/users.']);
  expect((await t.admin('POST', '/users', { name: 'No email' })).status).toBe(422);
});

test('sessions: a UUID token for a user, with an optional end; revoked ones are 401 from then on', async () => {
  const user = (await t.admin('POST', '/users', { email: 'bob@acme.com' })).body;
  const session = await t.admin('POST', '/sessions', { user_id: user.id, expires_at: '2999-01-01T00:00:00Z' });
  expect([session.status, session.body]).toEqual([201, { token: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/), user_id: user.id, expires_at: '2999-01-01T00:00:00.000Z' }]);
  const { token } = session.body;
  expect((await t.call('GET', '/api/connectors/list', { token })).status).toBe(200);
  expect(await t.admin('POST', `/sessions/${token}/revoke`)).toMatchObject({ status: 200, body: { revoked: true } });
  expect(await t.call('GET', '/api/connectors/list', { token })).toMatchObject({ status: 401, body: { detail: 'Not authenticated' } });
  expect((await t.admin('POST', '/sessions/not-a-token/revoke')).status).toBe(404);
  expect((await t.admin('POST', '/sessions', { user_id: 'usr_000000000000000000000000' })).status).toBe(404);
});

test("PUT providers/{provider} answers the behaviour: reject_next_* act once, refresh and reachable stay", async () => {
  const set = await t.admin('PUT', '/providers/klaviyo', { reject_next_key: true, reachable: true });
  expect([set.status, set.body]).toEqual([200, { provider: 'klaviyo', reject_next_key: true, reject_next_code: false, refresh: 'ok', reachable: true }]);
  const ada = (await t.admin('POST', '/users', { email: 'c@acme.com' })).body;
  const token = (await t.admin('POST', '/sessions', { user_id: ada.id })).body.token;
  const connect = () => t.call('POST', '/api/connectors/connect', { token, body: { provider: 'klaviyo', api_key: 'pk_0123456789abcdefghij' } });
  expect((await connect()).status).toBe(400);
  expect((await connect()).status).toBe(200);
  expect((await t.admin('PUT', '/providers/klaviyo', {})).body.reject_next_key).toBe(false);
  expect((await t.admin('PUT', '/providers/klaviyo', { refresh: 'sometimes' })).status).toBe(422);
  expect((await t.admin('PUT', '/providers/myspace', {})).status).toBe(422);
});

test('GET connections?user_id= answers the rows as stored: sealed credentials in base64, never the plain text', async () => {
  const ada = await t.user();
  await t.connectOAuth(ada, 'shopify', { shop: 'acme.myshopify.com' });
  const [row] = await t.connections(ada.userId);
  expect(row).toEqual({
    provider: 'shopify',
    type: 'oauth',
    status: 'connected',
    account_name: 'acme.myshopify.com',
    brand_id: ada.brandId,
    tools: ['reeve_shopify'],
    connected_at: expect.any(String),
    expires_at: expect.any(String),
    last_refreshed_at: null,
    status_reason: null,
    user_id: ada.userId,
    credentials: { ciphertext: expect.any(String), iv: expect.any(String), tag: expect.any(String) },
    refresh_history: [],
    webhook: { url: expect.stringMatching(/\/api\/webhooks\/shopify\/[\w-]+$/), secret: t.server.runtime.reeve.providers.clientSecret('shopify'), scheme: 'shopify' },
  });
  expect(Buffer.from(row.credentials.iv, 'base64')).toHaveLength(12);
  expect(Buffer.from(row.credentials.tag, 'base64')).toHaveLength(16);
  const stored = t.server.runtime.reeve.state.connection(ada.userId, ada.brandId, 'shopify');
  const { access_token, refresh_token } = t.server.runtime.reeve.sealer.open(stored?.credentials as never) as { access_token: string; refresh_token: string };
  const text = JSON.stringify(row);
  expect(text).not.toContain(access_token);
  expect(text).not.toContain(refresh_token);
  expect(Buffer.from(row.credentials.ciphertext, 'base64').toString('latin1')).not.toContain(access_token);
  expect((await t.admin('GET', '/connections')).status).toBe(422);
  expect((await t.admin('GET', '/connections?user_id=usr_000000000000000000000000')).status).toBe(404);
});

test('the admin routes stand behind the admin guard', async () => {
  const remote = await t.server.app.inject({ method: 'POST', url: '/__admin/reeve/users', payload: { email: 'x@y.com' }, remoteAddress: '203.0.113.9' });
  expect(remote.statusCode).toBe(403);
});

test('reset forgets Reeve users, sessions and connections made since the start', async () => {
  const server = await startReeveServer();
  try {
    const ada = await server.user();
    await server.call('POST', '/api/connectors/connect', { token: ada.token, body: { provider: 'stripe', api_key: 'sk_test_0123456789abcdef' } });
    expect((await server.call('POST', '/__admin/reset')).status).toBe(200);
    expect((await server.call('GET', '/api/connectors/list', { token: ada.token })).status).toBe(401);
    expect((await server.admin('GET', `/connections?user_id=${ada.userId}`)).status).toBe(404);
    expect(server.server.runtime.reeve.recorded.events).toEqual([]);
  } finally {
    await server.server.close();
  }
});

test('users, brands and sessions are bounded, and the refusal names the limit', async () => {
  const server = await createReferenceServer({ seed: null, limits: { reeveUsers: 1, sessionsPerUser: 1 } });
  try {
    const admin = (path: string, body: unknown) => server.app.inject({ method: 'POST', url: `/__admin/reeve${path}`, payload: body as object });
    const user = (await admin('/users', { email: 'a@acme.com' })).json();
    const refused = await admin('/users', { email: 'b@acme.com' });
    expect([refused.statusCode, refused.json().detail]).toEqual([400, "The server already holds 1 Reeve users, the reference server's limit (reeve_users: 1). Reset the server (POST /__admin/reset) to start again."]);
    expect((await admin('/sessions', { user_id: user.id })).statusCode).toBe(201);
    expect((await admin('/sessions', { user_id: user.id })).json().detail).toContain('(sessions_per_user: 1)');
  } finally {
    await server.close();
  }
});

test('connections and pending authorizations per user are bounded, naming the limit', async () => {
  const server = await createReferenceServer({ seed: null, limits: { connectionsPerUser: 1, pendingAuthorizationsPerUser: 2 } });
  try {
    const inject = (method: 'GET' | 'POST' | 'DELETE', url: string, token?: string, payload?: object) =>
      server.app.inject({ method, url, ...(token ? { headers: { authorization: `Bearer ${token}` } } : {}), ...(payload ? { payload } : {}) });
    const user = (await inject('POST', '/__admin/reeve/users', undefined, { email: 'a@acme.com' })).json();
    const { token } = (await inject('POST', '/__admin/reeve/sessions', undefined, { user_id: user.id })).json();
    expect((await inject('GET', '/api/oauth/slack/authorize', token)).statusCode).toBe(200);
    expect((await inject('GET', '/api/oauth/slack/authorize', token)).statusCode).toBe(200);
    const third = await inject('GET', '/api/oauth/slack/authorize', token);
    expect([third.statusCode, third.json().detail]).toEqual([400, expect.stringContaining('(pending_authorizations_per_user: 2)')]);
    expect((await inject('POST', '/api/connectors/connect', token, { provider: 'stripe', api_key: 'sk_test_0123456789abcdef' })).statusCode).toBe(200);
    const second = await inject('POST', '/api/connectors/connect', token, { provider: 'figma', api_key: 'figd_0123456789abcdefghij' });
    expect([second.statusCode, second.json().detail]).toEqual([400, expect.stringContaining('(connections_per_user: 1)')]);
    await inject('DELETE', '/api/connectors/stripe', token);
    expect((await inject('POST', '/api/connectors/connect', token, { provider: 'stripe', api_key: 'sk_test_0123456789abcdef' })).statusCode).toBe(200);
  } finally {
    await server.close();
  }
});
