import { EXAMPLE } from '@integration-pack/core/reevo/api';
import { API, startTestServer, type TestServer } from './support/server';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ seed: 'demo' });
});
afterAll(() => t.server.close());

const ACCOUNT = `${API}/accounts/${EXAMPLE.accountId}`;

async function newWorkspaceWithKey(permissions: string[] = ['accounts:read', 'accounts:write']) {
  const workspace = (await t.admin('POST', '/workspaces', { seed: 'demo', name: 'QA' })).body;
  const key = (await t.admin('POST', '/keys', { workspace_id: workspace.id, name: 'qa key', permissions })).body;
  return { workspace, key };
}

describe('admin API', () => {
  test('health answers the name, version and clock', async () => {
    const answer = await t.admin('GET', '/health');
    expect(answer).toMatchObject({ status: 200, body: { status: 'ok', name: '@reevo/reference-server', clock: { frozen: false } } });
  });

  test('workspaces and keys: the key works at once, never shows again, and can be expired', async () => {
    const { workspace, key } = await newWorkspaceWithKey();
    expect(workspace).toMatchObject({ name: 'QA', seed: 'demo', quota: null });
    expect(key).toMatchObject({ name: 'qa key', workspace_id: workspace.id, permissions: ['accounts:read', 'accounts:write'], expires_at: null });
    expect((await t.call('GET', ACCOUNT, { key: key.key })).status).toBe(200);

    const listed = (await t.admin('GET', `/keys?workspace_id=${workspace.id}`)).body;
    expect(JSON.stringify(listed)).not.toContain(key.key);

    expect((await t.admin('POST', `/keys/${key.id}/expire`)).status).toBe(200);
    expect((await t.call('GET', ACCOUNT, { key: key.key })).body.message).toBe('API key has expired');
  });

  test('requests are validated: an unknown permission answers 422 naming it', async () => {
    const { workspace } = await newWorkspaceWithKey();
    const answer = await t.admin('POST', '/keys', { workspace_id: workspace.id, name: 'x', permissions: ['contacts:delete'] });
    expect(answer.status).toBe(422);
    expect(answer.body.detail[0]).toMatchObject({ type: 'enum', loc: ['body', 'permissions', 0] });
  });

  test('an unknown workspace answers 404 saying how to make one', async () => {
    const answer = await t.admin('POST', '/keys', { workspace_id: '00000000-0000-4000-8000-000000000000', name: 'x', permissions: [] });
    expect(answer.status).toBe(404);
    expect(answer.body.detail).toContain('POST /__admin/workspaces');
  });

  test('quota through PUT /quota', async () => {
    const { workspace, key } = await newWorkspaceWithKey();
    const set = await t.admin('PUT', '/quota', { workspace_id: workspace.id, limit: 10, window_seconds: 30 });
    expect(set.body.quota).toEqual({ limit: 10, window_seconds: 30 });
    expect((await t.call('GET', ACCOUNT, { key: key.key })).headers['ratelimit-limit']).toBe('10');
    await t.admin('PUT', '/quota', { workspace_id: workspace.id, limit: null });
    expect((await t.call('GET', ACCOUNT, { key: key.key })).headers['ratelimit-limit']).toBeUndefined();
  });

  test('clock: freeze, set and advance; new records take the server time', async () => {
    const frozen = await t.admin('POST', '/clock', { freeze: true, set: '2030-01-02T03:04:05.000Z' });
    expect(frozen.body).toEqual({ now: '2030-01-02T03:04:05.000Z', frozen: true });
    const advanced = await t.admin('POST', '/clock', { advance_seconds: 90 });
    expect(advanced.body.now).toBe('2030-01-02T03:05:35.000Z');
    const { key } = await newWorkspaceWithKey();
    const created = await t.call('POST', `${API}/accounts`, { key: key.key, body: { name: 'Clockwork' } });
    expect(created.body.created_at).toMatch(/^2030-01-02T03:05:35/);
    expect((await t.admin('POST', '/clock', { freeze: false })).body.frozen).toBe(false);
    expect((await t.admin('POST', '/clock', {})).status).toBe(422);
    await t.admin('POST', '/reset');
  });

  test('faults: a status for the next N matching requests, by path template', async () => {
    const { key } = await newWorkspaceWithKey();
    const rule = await t.admin('POST', '/faults', { method: 'GET', path: '/api/v1/public/accounts/{account_id}', status: 503, times: 2 });
    expect(rule.status).toBe(201);
    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await t.call('GET', ACCOUNT, { key: key.key })).status);
    expect(statuses).toEqual([503, 503, 200]);
    expect((await t.admin('GET', '/faults')).body[0]).toMatchObject({ hits: 2, times: 2 });
    expect((await t.admin('DELETE', '/faults')).body).toEqual({ removed: 1 });
  });

  test('faults answer the real envelope for their status, e.g. 429 with Retry-After', async () => {
    const { key } = await newWorkspaceWithKey();
    await t.admin('POST', '/faults', { method: '*', path: ACCOUNT, status: 429, times: 1 });
    const answer = await t.call('GET', ACCOUNT, { key: key.key });
    expect(answer.status).toBe(429);
    expect(answer.headers['retry-after']).toBe('1');
    expect(answer.body).toMatchObject({ error_response_type: 'GENERIC', error: 'QuotaExceededError' });
  });

  test('latency: a delayed request finishes after an undelayed one sent later', async () => {
    const { key } = await newWorkspaceWithKey();
    await t.admin('POST', '/faults', { method: 'POST', path: `${API}/accounts/search`, delay_ms: 300, times: 1 });
    const finished: string[] = [];
    const slow = t.call('POST', `${API}/accounts/search`, { key: key.key, body: { domain_name: 'acme' } }).then((answer) => finished.push(`slow ${answer.status}`));
    const fast = t.call('GET', ACCOUNT, { key: key.key }).then((answer) => finished.push(`fast ${answer.status}`));
    await Promise.all([slow, fast]);
    expect(finished).toEqual(['fast 200', 'slow 200']);
  });

  test('the journal records each request of a workspace with the key name, never the key', async () => {
    const { workspace, key } = await newWorkspaceWithKey();
    await t.call('GET', `${ACCOUNT}?payload_type=json`, { key: key.key });
    await t.call('POST', `${API}/accounts`, { key: key.key, body: {} });
    const journal = (await t.admin('GET', `/requests?workspace_id=${workspace.id}`)).body;
    expect(journal).toEqual([
      expect.objectContaining({ workspaceId: workspace.id, method: 'GET', path: ACCOUNT, query: { payload_type: 'json' }, payloadType: 'json', operationId: 'getAccount', status: 200, keyName: 'qa key' }),
      expect.objectContaining({ method: 'POST', operationId: 'createAccount', status: 422, payloadType: null }),
    ]);
    expect(JSON.stringify(journal)).not.toContain(key.key);
  });

  test('reset restores the start: seeded workspace and demo keys only, empty journal', async () => {
    const { key } = await newWorkspaceWithKey();
    await t.admin('POST', '/reset');
    expect((await t.call('GET', ACCOUNT, { key: key.key })).status).toBe(401);
    const workspaces = (await t.admin('GET', '/workspaces')).body;
    expect(workspaces).toHaveLength(1);
    expect((await t.call('GET', ACCOUNT, { key: 'rv_demo_full_access_0c8f3b6a2d9e4f71' })).status).toBe(200);
    const journal = (await t.admin('GET', '/requests')).body;
    expect(journal.map((entry: { status: number }) => entry.status)).toEqual([401, 200]);
  });

  test('reset also undoes changes to the seeded workspace', async () => {
    const demoKey = 'rv_demo_full_access_0c8f3b6a2d9e4f71';
    await t.call('PATCH', ACCOUNT, { key: demoKey, body: { name: 'Renamed' } });
    expect((await t.call('GET', ACCOUNT, { key: demoKey })).body.name).toBe('Renamed');
    await t.admin('POST', '/reset');
    expect((await t.call('GET', ACCOUNT, { key: demoKey })).body.name).toBe('Acme');
  });

  test('only loopback clients may use it', async () => {
    const answer = await t.call('GET', '/__admin/health', { remoteAddress: '10.1.2.3' });
    expect(answer.status).toBe(403);
    expect(answer.body.detail).toContain('loopback');
    expect((await t.call('GET', '/__admin/health', { remoteAddress: '::ffff:127.0.0.1' })).status).toBe(200);
  });

  test('admin requests are not journaled', async () => {
    await t.admin('POST', '/reset');
    await t.admin('GET', '/health');
    expect((await t.admin('GET', '/requests')).body).toEqual([]);
  });
});

describe('workspaces are isolated', () => {
  test('a record made in one workspace is not found from another', async () => {
    const a = await newWorkspaceWithKey();
    const b = await newWorkspaceWithKey();
    const created = (await t.call('POST', `${API}/accounts`, { key: a.key.key, body: { name: 'Only in A' } })).body;
    expect((await t.call('GET', `${API}/accounts/${created.id}`, { key: a.key.key })).status).toBe(200);
    expect((await t.call('GET', `${API}/accounts/${created.id}`, { key: b.key.key })).status).toBe(404);
    const found = (await t.call('POST', `${API}/accounts/search`, { key: b.key.key, body: { domain_name: 'a' } })).body;
    expect(found.map((account: { id: string }) => account.id)).not.toContain(created.id);
  });

  test('ids are deterministic: the same calls on a fresh server give the same ids', async () => {
    const ids = [];
    for (let run = 0; run < 2; run += 1) {
      const fresh = await startTestServer();
      const { key } = fresh.workspace();
      ids.push((await fresh.call('POST', `${API}/accounts`, { key, body: { name: 'Same' } })).body.id);
      await fresh.server.close();
    }
    expect(ids[0]).toBe(ids[1]);
    expect(ids[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  test('webhook secrets are not deterministic: they are credentials, random on every server', async () => {
    const secrets = [];
    for (let run = 0; run < 2; run += 1) {
      const fresh = await startTestServer();
      const { key } = fresh.workspace();
      const created = await fresh.call('POST', `${API}/webhooks`, { key, body: { url: 'http://127.0.0.1:9/hook', events: ['account.created'] } });
      secrets.push(created.body.secret);
      await fresh.server.close();
    }
    expect(secrets[0]).toMatch(/^whsec_/);
    expect(secrets[0]).not.toBe(secrets[1]);
  });
});
