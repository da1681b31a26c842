import { EXAMPLE } from '@integration-pack/core/reevo/api';
import { API, startTestServer, type TestServer } from './support/server';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.server.close());

const ACCOUNT = `${API}/accounts/${EXAMPLE.accountId}`;

describe('API keys', () => {
  test('a missing key answers FastAPI 422 on header x-api-key', async () => {
    const answer = await t.call('GET', ACCOUNT, { key: null });
    expect(answer.status).toBe(422);
    expect(answer.body).toEqual({ detail: [{ type: 'missing', loc: ['header', 'x-api-key'], msg: 'Field required', input: null }] });
  });

  test('an unknown key answers 401 Invalid API key', async () => {
    const answer = await t.call('GET', ACCOUNT, { key: 'rvk_not_a_key' });
    expect(answer).toMatchObject({ status: 401, body: { error_response_type: 'GENERIC', error: 'UnauthorizedError', message: 'Invalid API key', details: null } });
  });

  test('the header name is matched case-insensitively', async () => {
    const { key } = t.workspace();
    const answer = await t.call('GET', ACCOUNT, { key: null, headers: { 'X-API-KEY': key } });
    expect(answer.status).toBe(200);
  });

  test('a key past its expires_at answers 401 API key has expired, by the server clock', async () => {
    const workspace = t.workspace();
    const now = t.server.runtime.clock.now();
    const { key } = t.server.runtime.createKey({ workspaceId: workspace.id, name: 'soon', permissions: ['accounts:read'], expiresAt: new Date(now.getTime() + 60_000).toISOString() });
    expect((await t.call('GET', ACCOUNT, { key })).status).toBe(200);
    t.server.runtime.clock.advance(61);
    const answer = await t.call('GET', ACCOUNT, { key });
    t.server.runtime.clock.restore();
    expect(answer).toMatchObject({ status: 401, body: { error: 'UnauthorizedError', message: 'API key has expired' } });
  });

  test('keys are stored hashed: the store never holds the key itself', () => {
    const { key } = t.workspace();
    expect(JSON.stringify(t.server.runtime.keys.snapshot())).not.toContain(key);
  });
});

describe('permissions', () => {
  test('403 lists every missing permission, in UI words and in machine form', async () => {
    const { keyFor } = t.workspace();
    const answer = await t.call('POST', `${API}/account_contact`, { key: keyFor(['accounts:read']), body: { email: 'a@b.co' } });
    expect(answer.status).toBe(403);
    expect(answer.body).toEqual({
      error_response_type: 'GENERIC',
      error: 'ForbiddenError',
      message: 'API key is missing required permissions: Accounts Write, Contacts Write',
      details: { missing_permissions: ['accounts:write', 'contacts:write'] },
    });
  });

  test('only the permissions the key lacks are listed', async () => {
    const { keyFor } = t.workspace();
    const answer = await t.call('POST', `${API}/account_contact`, { key: keyFor(['contacts:write']), body: { email: 'a@b.co' } });
    expect(answer.body.details).toEqual({ missing_permissions: ['accounts:write'] });
  });

  test('write implies read', async () => {
    const { keyFor } = t.workspace();
    expect((await t.call('GET', ACCOUNT, { key: keyFor(['accounts:write']) })).status).toBe(200);
  });

  test('subscribing to events also needs read access to each event resource', async () => {
    const { keyFor } = t.workspace();
    const key = keyFor(['webhooks:write', 'contacts:read']);
    const answer = await t.call('POST', `${API}/webhooks`, { key, body: { url: 'http://127.0.0.1:9/hook', events: ['contact.created', 'opportunity.created', 'activity.created'] } });
    expect(answer.status).toBe(403);
    expect(answer.body.details).toEqual({ missing_permissions: ['opportunities:read', 'activities:write'] });
  });

  test('permissions are checked before the body is validated', async () => {
    const { keyFor } = t.workspace();
    const answer = await t.call('POST', `${API}/accounts`, { key: keyFor(['accounts:read']), body: { nonsense: true } });
    expect(answer.status).toBe(403);
  });
});

describe('payload_type', () => {
  test('json and a missing one are accepted; the journal records which', async () => {
    const { id, key } = t.workspace();
    expect((await t.call('GET', `${ACCOUNT}?payload_type=json`, { key })).status).toBe(200);
    expect((await t.call('GET', ACCOUNT, { key })).status).toBe(200);
    const journal = t.server.runtime.journal.list({ workspaceId: id });
    expect(journal.map((entry) => entry.payloadType)).toEqual(['json', null]);
  });

  test('any other value answers 422 naming the parameter', async () => {
    const { key } = t.workspace();
    const answer = await t.call('GET', `${ACCOUNT}?payload_type=xml`, { key });
    expect(answer.status).toBe(422);
    expect(answer.body.detail).toEqual([{ type: 'literal_error', loc: ['query', 'payload_type'], msg: "Input should be 'json'", input: 'xml' }]);
  });

  test('it is accepted beside an operation\'s own strict query parameters', async () => {
    const { key } = t.workspace();
    const answer = await t.call('GET', `${API}/account_and_contact_retrieval?account_domain=${EXAMPLE.domain}&payload_type=json`, { key });
    expect(answer.status).toBe(200);
  });
});

describe('quotas', () => {
  test('rate-limit headers on every response, a warning from 80 %, then 429 with Retry-After', async () => {
    const { id, key } = t.workspace();
    t.server.runtime.clock.freeze();
    t.server.runtime.setQuota(id, { limit: 5, windowSeconds: 60 });
    const answers = [];
    for (let i = 0; i < 6; i += 1) answers.push(await t.call('GET', ACCOUNT, { key }));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200, 429]);
    expect(answers.map((answer) => answer.headers['ratelimit-remaining'])).toEqual(['4', '3', '2', '1', '0', '0']);
    expect(answers[0]?.headers['ratelimit-limit']).toBe('5');
    expect(answers[0]?.headers['ratelimit-reset']).toBe('60');
    expect(answers.map((answer) => answer.headers['x-reevo-quota-warning'] !== undefined)).toEqual([false, false, false, true, true, true]);
    const refused = answers[5];
    expect(refused?.headers['retry-after']).toBe('60');
    expect(refused?.body).toMatchObject({ error: 'QuotaExceededError', details: { limit: 5, window_seconds: 60, reset_at: expect.any(String) } });

    t.server.runtime.clock.advance(60);
    const after = await t.call('GET', ACCOUNT, { key });
    t.server.runtime.clock.restore();
    expect(after.status).toBe(200);
    expect(after.headers['ratelimit-remaining']).toBe('4');
  });

  test('a workspace without a quota sends no rate-limit headers, and quotas do not cross workspaces', async () => {
    const limited = t.workspace();
    const free = t.workspace();
    t.server.runtime.setQuota(limited.id, { limit: 1, windowSeconds: 3600 });
    await t.call('GET', ACCOUNT, { key: limited.key });
    expect((await t.call('GET', ACCOUNT, { key: limited.key })).status).toBe(429);
    const answer = await t.call('GET', ACCOUNT, { key: free.key });
    expect(answer.status).toBe(200);
    expect(answer.headers['ratelimit-limit']).toBeUndefined();
  });
});
