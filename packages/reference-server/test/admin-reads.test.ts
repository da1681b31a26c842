/** The admin API's read-only views of the Reevo side (docs/reevo-api.md §7): permissions, records by kind, subscriptions. */
import { ALL_PERMISSIONS } from '@integration-pack/core/reevo/api';
import { API, startTestServer, type TestServer } from './support/server';

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.server.close());

test('GET /permissions answers the permission table, each with the words of the settings page', async () => {
  const answer = await t.admin('GET', '/permissions');
  expect(answer.status).toBe(200);
  expect(answer.body.map((row: { permission: string }) => row.permission)).toEqual(ALL_PERMISSIONS);
  expect(answer.body).toContainEqual({ permission: 'contacts:write', label: 'Contacts Write' });
  expect(answer.body).toContainEqual({ permission: 'activities:write', label: 'Activities Write' });
});

test("GET /workspaces/{id}/records/{kind} pages through a workspace's records as stored, in insertion order", async () => {
  const { id } = t.workspace();
  const stored = [...(t.server.runtime.workspace(id)?.state.accounts.keys() ?? [])];
  expect(stored.length).toBeGreaterThan(2);

  const seen: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page: { status: number; body: { total: number; records: { id: string }[]; next_cursor: string | null } } = await t.admin('GET', `/workspaces/${id}/records/accounts?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
    expect(page.status).toBe(200);
    expect(page.body.total).toBe(stored.length);
    expect(page.body.records.length).toBeLessThanOrEqual(2);
    seen.push(...page.body.records.map((record) => record.id));
    cursor = page.body.next_cursor;
    pages += 1;
  } while (cursor !== null && pages < 100);
  expect(seen).toEqual(stored);
  expect(pages).toBe(Math.ceil(stored.length / 2));
  const first = (await t.admin('GET', `/workspaces/${id}/records/accounts?limit=1`)).body.records[0];
  expect(first).toEqual(t.server.runtime.workspace(id)?.state.accounts.get(stored[0] as string));
});

test('records: pipelines are keyed by name; an unknown workspace, kind or cursor is refused naming it', async () => {
  const { id } = t.workspace();
  const pipelines = await t.admin('GET', `/workspaces/${id}/records/pipelines`);
  expect(pipelines.status).toBe(200);
  expect(pipelines.body.total).toBe(t.server.runtime.workspace(id)?.state.pipelines.size);
  expect(pipelines.body.next_cursor).toBeNull();

  const unknown = await t.admin('GET', '/workspaces/00000000-0000-4000-8000-000000000000/records/accounts');
  expect([unknown.status, unknown.body.detail]).toEqual([404, 'No workspace has the id 00000000-0000-4000-8000-000000000000. List them with GET /__admin/workspaces.']);
  // Subscriptions hold secrets: they have their own listing, without them.
  expect((await t.admin('GET', `/workspaces/${id}/records/webhooks`)).status).toBe(422);
  const cursor = await t.admin('GET', `/workspaces/${id}/records/accounts?cursor=nope`);
  expect([cursor.status, cursor.body.detail]).toEqual([404, 'No record has the key nope (the cursor): start again without one.']);
  expect((await t.admin('GET', `/workspaces/${id}/records/accounts?limit=1001`)).status).toBe(422);
});

test("GET /webhooks/subscriptions lists every workspace's subscriptions, or one's, never the secret", async () => {
  const a = t.workspace();
  const b = t.workspace();
  const created = await t.call('POST', `${API}/webhooks`, { key: a.key, body: { url: 'http://127.0.0.1:9/hook', events: ['account.created'] } });
  expect(created.status).toBe(201);
  await t.call('POST', `${API}/webhooks`, { key: b.key, body: { url: 'http://127.0.0.1:9/other', events: ['contact.created'] } });

  const ofA = await t.admin('GET', `/webhooks/subscriptions?workspace_id=${a.id}`);
  expect([ofA.status, ofA.body]).toEqual([
    200,
    [{ id: created.body.id, workspace_id: a.id, url: 'http://127.0.0.1:9/hook', events: ['account.created'], description: null, status: 'active', created_at: created.body.created_at }],
  ]);
  const all = await t.admin('GET', '/webhooks/subscriptions');
  expect(all.body.map((row: { workspace_id: string }) => row.workspace_id)).toEqual(expect.arrayContaining([a.id, b.id]));
  expect(JSON.stringify(all.body)).not.toContain(created.body.secret);
  expect(JSON.stringify(all.body)).not.toContain('whsec_');
  expect((await t.admin('GET', '/webhooks/subscriptions?workspace_id=00000000-0000-4000-8000-000000000000')).body).toEqual([]);
});

test.each(['/permissions', '/webhooks/subscriptions'])('GET %s stands behind the admin guard', async (path) => {
  const inject = (headers: Record<string, string>, remoteAddress?: string) =>
    t.server.app.inject({ method: 'GET', url: `/__admin${path}`, headers, ...(remoteAddress ? { remoteAddress } : {}) });
  expect((await inject({})).statusCode).toBe(200);
  expect((await inject({ origin: 'https://evil.example' })).statusCode).toBe(403);
  expect((await inject({}, '203.0.113.9')).statusCode).toBe(403);
});

test('records stand behind the admin guard', async () => {
  const { id } = t.workspace();
  const url = `/__admin/workspaces/${id}/records/accounts`;
  expect((await t.server.app.inject({ method: 'GET', url, headers: { origin: 'https://evil.example' } })).statusCode).toBe(403);
  expect((await t.server.app.inject({ method: 'GET', url, remoteAddress: '10.0.0.9' })).statusCode).toBe(403);
});
