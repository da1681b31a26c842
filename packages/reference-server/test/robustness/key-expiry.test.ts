/**
 * From finding 7 of issue 12: a key expired through the admin API worked again once the clock was set back before
 * the moment it was expired. Expiry by an admin is a state, not a time; so is the demo's expired key. A key made
 * with an `expires_at` still follows the clock.
 */
import { API, startTestServer, type TestServer } from '../support/server';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ seed: 'demo' });
});
afterAll(() => t.server.close());
afterEach(() => t.server.runtime.clock.restore());

const WEBHOOKS = `${API}/webhooks`;

async function newKey(expiresAt?: string) {
  const { id: workspaceId } = t.workspace();
  const created = await t.admin('POST', '/keys', { workspace_id: workspaceId, name: 'expiring', permissions: ['webhooks:read'], ...(expiresAt ? { expires_at: expiresAt } : {}) });
  return created.body as { id: string; key: string };
}

test('a key expired through the admin API stays expired when the clock is set back', async () => {
  const { id, key } = await newKey();
  expect((await t.admin('POST', `/keys/${id}/expire`)).status).toBe(200);
  expect((await t.call('GET', WEBHOOKS, { key })).body.message).toBe('API key has expired');
  await t.admin('POST', '/clock', { set: '2001-01-01T00:00:00Z' });
  const answer = await t.call('GET', WEBHOOKS, { key });
  expect(answer.status).toBe(401);
  expect(answer.body.message).toBe('API key has expired');
});

test('the expired demo key stays expired at any time the clock can show', async () => {
  const demoExpired = t.server.seeded?.keys.find((demo) => demo.expired)?.key ?? '';
  await t.admin('POST', '/clock', { set: '1990-01-01T00:00:00Z' });
  expect((await t.call('GET', WEBHOOKS, { key: demoExpired })).body.message).toBe('API key has expired');
});

test('a key with an expires_at follows the clock both ways', async () => {
  const { key } = await newKey('2040-01-01T00:00:00Z');
  await t.admin('POST', '/clock', { set: '2040-01-01T00:00:01Z' });
  expect((await t.call('GET', WEBHOOKS, { key })).status).toBe(401);
  await t.admin('POST', '/clock', { set: '2039-12-31T23:59:59Z' });
  expect((await t.call('GET', WEBHOOKS, { key })).status).toBe(200);
});
