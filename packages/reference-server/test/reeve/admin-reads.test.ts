/** Reeve's read-only admin views (docs/reeve-api.md §6): users, brands, masked sessions, providers, subscriptions, events. */
import { PROVIDER_SLUGS } from '@integration-pack/core/reeve/api';
import { startReeveServer, type ReeveTestServer } from './support';

let t: ReeveTestServer;

beforeAll(async () => {
  t = await startReeveServer();
});
afterAll(() => t.server.close());

test('GET /users and /brands list what was made, oldest first', async () => {
  const ada = await t.user('ada@reads.example');
  const bob = await t.user('bob@reads.example');
  const brand = (await t.admin('POST', '/brands', { name: 'Shared', member_ids: [ada.userId, bob.userId] })).body;
  const users = await t.admin('GET', '/users');
  expect(users.status).toBe(200);
  const ids = users.body.map((user: { id: string }) => user.id);
  expect(ids.indexOf(ada.userId)).toBeLessThan(ids.indexOf(bob.userId));
  expect(users.body).toContainEqual({ id: ada.userId, email: 'ada@reads.example', name: expect.any(String), default_brand_id: ada.brandId });
  const brands = await t.admin('GET', '/brands');
  expect(brands.body).toContainEqual({ id: brand.id, name: 'Shared', member_ids: [ada.userId, bob.userId] });
  expect(brands.body).toContainEqual(expect.objectContaining({ id: ada.brandId, member_ids: [ada.userId] }));
});

test('GET /sessions lists sessions masked, with their state; one revoked by its id is refused from then on', async () => {
  const ada = await t.user();
  const ended = (await t.admin('POST', '/sessions', { user_id: ada.userId, expires_at: '2001-01-01T00:00:00Z' })).body;
  const listed = await t.admin('GET', `/sessions?user_id=${ada.userId}`);
  expect(listed.status).toBe(200);
  expect(listed.body).toEqual([
    { id: expect.stringMatching(/^ses_[0-9a-f]{24}$/), user_id: ada.userId, token: `••••${ada.token.slice(-4)}`, state: 'active', expires_at: null, last_used_at: expect.any(String) },
    { id: expect.stringMatching(/^ses_[0-9a-f]{24}$/), user_id: ada.userId, token: `••••${ended.token.slice(-4)}`, state: 'expired', expires_at: '2001-01-01T00:00:00.000Z', last_used_at: expect.any(String) },
  ]);
  expect(JSON.stringify(listed.body)).not.toContain(ada.token);
  expect((await t.admin('GET', '/sessions')).body.length).toBeGreaterThanOrEqual(2);

  expect((await t.call('GET', '/api/connectors/list', { token: ada.token })).status).toBe(200);
  const revoked = await t.admin('POST', `/sessions/by-id/${listed.body[0].id}/revoke`);
  expect([revoked.status, revoked.body]).toEqual([200, { revoked: true }]);
  expect((await t.call('GET', '/api/connectors/list', { token: ada.token })).status).toBe(401);
  expect((await t.admin('GET', `/sessions?user_id=${ada.userId}`)).body[0].state).toBe('revoked');

  const unknown = await t.admin('POST', '/sessions/by-id/ses_000000000000000000000000/revoke');
  expect([unknown.status, unknown.body.detail]).toEqual([404, 'No session has the id ses_000000000000000000000000. List them with GET /__admin/reeve/sessions.']);
  // The token is not an id: the id cannot be used as one, nor the token in its place.
  expect((await t.admin('POST', `/sessions/by-id/${ada.token}/revoke`)).status).toBe(422);
  expect((await t.call('GET', '/api/connectors/list', { token: listed.body[1].id })).status).toBe(401);
});

test("GET /providers answers every provider's behaviour, as PUT set it", async () => {
  await t.admin('PUT', '/providers/stripe', { reachable: false });
  const answer = await t.admin('GET', '/providers');
  expect(answer.status).toBe(200);
  expect(answer.body.map((row: { provider: string }) => row.provider)).toEqual(PROVIDER_SLUGS);
  expect(answer.body).toContainEqual({ provider: 'stripe', reject_next_key: false, reject_next_code: false, refresh: 'ok', reachable: false });
  expect(answer.body).toContainEqual({ provider: 'shopify', reject_next_key: false, reject_next_code: false, refresh: 'ok', reachable: true });
  await t.admin('PUT', '/providers/stripe', { reachable: true });
});

test("GET /webhooks/subscriptions lists every user's subscriptions, or one's, never the secret", async () => {
  const ada = await t.user();
  const bob = await t.user();
  const created = await t.call('POST', '/api/connectors/webhooks', { token: ada.token, body: { url: 'http://127.0.0.1:9/reeve', events: ['connection.expired'] } });
  expect(created.status).toBe(201);
  await t.call('POST', '/api/connectors/webhooks', { token: bob.token, body: { url: 'http://127.0.0.1:9/bob', events: ['connection.expired'] } });
  const ofAda = await t.admin('GET', `/webhooks/subscriptions?user_id=${ada.userId}`);
  expect([ofAda.status, ofAda.body]).toEqual([
    200,
    [{ id: created.body.id, user_id: ada.userId, brand_id: ada.brandId, url: 'http://127.0.0.1:9/reeve', events: ['connection.expired'], providers: [], description: null, status: 'active', created_at: created.body.created_at }],
  ]);
  const all = await t.admin('GET', '/webhooks/subscriptions');
  expect(all.body.map((row: { user_id: string }) => row.user_id)).toEqual(expect.arrayContaining([ada.userId, bob.userId]));
  expect(JSON.stringify(all.body)).not.toContain(created.body.secret);
});

test("GET /events answers a user's SystemEvents in every brand, newest first", async () => {
  const ada = await t.user();
  await t.connectOAuth(ada, 'shopify', { shop: 'reads.myshopify.com' });
  // A provider event as the inbound pipeline hands it on (sending one needs a listening server: the e2e run does).
  t.server.runtime.reeveEvents.emit({ type: 'shopify.order.created', provider: 'shopify', userId: ada.userId, brandId: ada.brandId, connectionAccount: 'reads.myshopify.com', data: { id: 1 } });
  const events = await t.admin('GET', `/events?user_id=${ada.userId}`);
  expect(events.status).toBe(200);
  expect(events.body.map((event: { type: string }) => event.type)).toEqual(['shopify.order.created', 'connection.connected']);
  expect(events.body[0]).toMatchObject({ provider: 'shopify', brand_id: ada.brandId, connection_account: 'reads.myshopify.com', data: { id: 1 } });
  expect((await t.admin('GET', `/events?user_id=${ada.userId}&limit=1`)).body).toHaveLength(1);
  const other = await t.user();
  expect((await t.admin('GET', `/events?user_id=${other.userId}`)).body).toEqual([]);
  expect((await t.admin('GET', '/events?user_id=usr_000000000000000000000000')).status).toBe(404);
  expect((await t.admin('GET', '/events')).status).toBe(422);
});

test.each(['/users', '/brands', '/sessions', '/providers', '/webhooks/subscriptions'])('GET %s stands behind the admin guard', async (path) => {
  const inject = (headers: Record<string, string>, remoteAddress?: string) =>
    t.server.app.inject({ method: 'GET', url: `/__admin/reeve${path}`, headers, ...(remoteAddress ? { remoteAddress } : {}) });
  expect((await inject({})).statusCode).toBe(200);
  expect((await inject({ origin: 'https://evil.example' })).statusCode).toBe(403);
  expect((await inject({}, '203.0.113.9')).statusCode).toBe(403);
});

test('events and revoking by id stand behind the admin guard', async () => {
  const events = '/__admin/reeve/events?user_id=usr_000000000000000000000000';
  expect((await t.server.app.inject({ method: 'GET', url: events, headers: { origin: 'https://evil.example' } })).statusCode).toBe(403);
  expect((await t.server.app.inject({ method: 'GET', url: events, remoteAddress: '10.0.0.9' })).statusCode).toBe(403);
  const url = '/__admin/reeve/sessions/by-id/ses_000000000000000000000000/revoke';
  expect((await t.server.app.inject({ method: 'POST', url, headers: { origin: 'https://evil.example' } })).statusCode).toBe(403);
  expect((await t.server.app.inject({ method: 'POST', url, remoteAddress: '10.0.0.9' })).statusCode).toBe(403);
});
