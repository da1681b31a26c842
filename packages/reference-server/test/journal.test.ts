/** The request journal keeps the newest entries, oldest first, and forgets the rest; its bodies are masked and bounded. */
import { RequestJournal, type JournalRecord } from '../src/runtime/journal';
import { journalBody, maskSecrets } from '../src/runtime/journal-bodies';

const entry = (path: string, workspaceId: string | null = 'ws_a', fields: Partial<JournalRecord> = {}): JournalRecord => ({
  at: '2026-11-23T10:00:00.000Z',
  api: 'reevo',
  workspaceId,
  owner: workspaceId,
  credential: 'Demo Full Access',
  method: 'GET',
  path,
  search: 'payload_type=json',
  operationId: null,
  status: 200,
  durationMs: 1.5,
  permissionCheck: null,
  requestBody: null,
  responseBody: null,
  ...fields,
});

test('lists every entry oldest first, with ids in order, until it is full', () => {
  const journal = new RequestJournal(3);
  journal.record(entry('/a'));
  journal.record(entry('/b', 'ws_b'));
  expect(journal.list().map((stored) => [stored.id, stored.path])).toEqual([
    ['req_000001', '/a'],
    ['req_000002', '/b'],
  ]);
  expect(journal.list({ workspaceId: 'ws_b' }).map((stored) => stored.path)).toEqual(['/b']);
});

test('once full, keeps the newest `capacity` entries, still oldest first, across many wraps', () => {
  const journal = new RequestJournal(3);
  for (let n = 1; n <= 10; n += 1) journal.record(entry(`/${n}`, n % 2 ? 'ws_odd' : 'ws_even'));
  expect(journal.list().map((stored) => stored.path)).toEqual(['/8', '/9', '/10']);
  expect(journal.list().map((stored) => stored.id)).toEqual(['req_000008', 'req_000009', 'req_000010']);
  expect(journal.list({ workspaceId: 'ws_odd' }).map((stored) => stored.path)).toEqual(['/9']);
});

test('clear empties it, and it fills again in order', () => {
  const journal = new RequestJournal(2);
  for (const path of ['/1', '/2', '/3']) journal.record(entry(path));
  journal.clear();
  expect(journal.list()).toEqual([]);
  journal.record(entry('/4'));
  journal.record(entry('/5'));
  journal.record(entry('/6'));
  expect(journal.list().map((stored) => stored.path)).toEqual(['/5', '/6']);
});

const REEVO_PAYLOAD_TYPE = { reevo: 'payload_type' };

test('reads the query the client sent, and its payload_type, from the raw query string', () => {
  const journal = new RequestJournal(undefined, REEVO_PAYLOAD_TYPE);
  journal.record({ ...entry('/search'), search: 'limit=5&email=a%2Bb%40acme.com&payload_type=json' });
  journal.record({ ...entry('/plain'), search: '' });
  const [search, plain] = journal.list();
  expect(search).toMatchObject({ query: { limit: '5', email: 'a+b@acme.com', payload_type: 'json' }, payloadType: 'json' });
  expect(plain).toMatchObject({ query: {}, payloadType: null });
});

test('refuses a capacity that is not a positive integer', () => {
  expect(() => new RequestJournal(0)).toThrow(/positive integer/);
});

test('reads payloadType only from the parameter it was given: a journal of another API reads none', () => {
  const journal = new RequestJournal(3);
  journal.record({ ...entry('/api/connectors/list'), search: 'payload_type=json' });
  expect(journal.list()).toEqual([expect.objectContaining({ query: { payload_type: 'json' }, payloadType: null })]);
});

test('names the API of each entry, reads payloadType only for the API that has the parameter, and filters by API', () => {
  const journal = new RequestJournal(10, REEVO_PAYLOAD_TYPE);
  journal.record(entry('/api/v1/public/accounts'));
  journal.record(entry('/api/connectors/list', null, { api: 'reeve', owner: 'usr_1', search: 'payload_type=json' }));
  journal.record(entry('/nowhere', null, { api: null, owner: null }));
  expect(journal.list().map(({ api, payloadType, query }) => ({ api, payloadType, query }))).toEqual([
    { api: 'reevo', payloadType: 'json', query: { payload_type: 'json' } },
    { api: 'reeve', payloadType: null, query: { payload_type: 'json' } },
    { api: null, payloadType: null, query: { payload_type: 'json' } },
  ]);
  expect(journal.list({ api: 'reeve' }).map((stored) => stored.path)).toEqual(['/api/connectors/list']);
  expect(journal.list({ api: 'reevo', path: 'accounts' }).map((stored) => stored.path)).toEqual(['/api/v1/public/accounts']);
});

test('filters by owner, credential, status (or class) and path, all at once, before paging', () => {
  const journal = new RequestJournal(100);
  journal.record(entry('/api/v1/public/accounts', 'ws_a', { status: 200 }));
  journal.record(entry('/api/v1/public/accounts/x', 'ws_a', { status: 404, credential: 'Read Only' }));
  journal.record(entry('/api/connectors/list', null, { owner: 'usr_1', credential: 'session ****1a2b', status: 401 }));
  journal.record(entry('/api/v1/public/contacts', 'ws_b', { status: 422 }));
  const paths = (filter: Parameters<RequestJournal['list']>[0]) => journal.list(filter).map((stored) => stored.path);
  expect(paths({ owner: 'usr_1' })).toEqual(['/api/connectors/list']);
  expect(paths({ owner: 'ws_a' })).toEqual(['/api/v1/public/accounts', '/api/v1/public/accounts/x']);
  expect(paths({ credential: 'read only' })).toEqual(['/api/v1/public/accounts/x']);
  expect(paths({ credential: '1A2B' })).toEqual(['/api/connectors/list']);
  expect(paths({ status: '4xx' })).toEqual(['/api/v1/public/accounts/x', '/api/connectors/list', '/api/v1/public/contacts']);
  expect(paths({ status: '404' })).toEqual(['/api/v1/public/accounts/x']);
  expect(paths({ path: '/accounts' })).toEqual(['/api/v1/public/accounts', '/api/v1/public/accounts/x']);
  expect(paths({ owner: 'ws_a', status: '2xx', path: 'accounts' })).toEqual(['/api/v1/public/accounts']);
  expect(journal.list({ status: '4xx' }, { limit: 1, order: 'newest' }).map((stored) => stored.path)).toEqual(['/api/v1/public/contacts']);
});

test("names the owner and the credential whatever the API, and keyName only for a workspace's key", () => {
  const journal = new RequestJournal(10);
  journal.record(entry('/reevo', 'ws_a'));
  journal.record(entry('/reeve', null, { owner: 'usr_1', credential: 'session ****1a2b' }));
  expect(journal.list().map(({ owner, credential, keyName }) => ({ owner, credential, keyName }))).toEqual([
    { owner: 'ws_a', credential: 'Demo Full Access', keyName: 'Demo Full Access' },
    { owner: 'usr_1', credential: 'session ****1a2b', keyName: null },
  ]);
});

test('keeps bodies, the verdict and the duration, with every secret masked in the bodies and the query', () => {
  const journal = new RequestJournal(10, REEVO_PAYLOAD_TYPE);
  const requestBody = JSON.stringify({ provider: 'stripe', api_key: 'sk_test_51HxAcmeDemoKey0000abcd', name: 'kept' });
  const responseBody = JSON.stringify({ id: 'wh_1', secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', access_token: 'at_0123456789abcdef', refresh_token: 'short', code: 'c0de' });
  journal.record(entry('/x', 'ws_a', { search: 'code=oauthcode0123456789&state=s1&payload_type=json', requestBody, responseBody, permissionCheck: { required: ['webhooks:write'], missing: [] }, durationMs: 3.2 }));
  const [stored] = journal.list();
  expect(stored).toMatchObject({ durationMs: 3.2, permissionCheck: { required: ['webhooks:write'], missing: [] }, payloadType: 'json', query: { code: '****6789', state: 's1' } });
  expect(JSON.parse(stored?.requestBody?.text ?? '')).toEqual({ provider: 'stripe', api_key: '****abcd', name: 'kept' });
  expect(JSON.parse(stored?.responseBody?.text ?? '')).toEqual({ id: 'wh_1', secret: '****LaSw', access_token: '****cdef', refresh_token: '****', code: '****' });
  expect(stored?.responseBody).toMatchObject({ length: responseBody.length, truncated: false });
});

test('cuts a body to its bound, says so, and still masks a secret the cut split', () => {
  const journal = new RequestJournal(10, {}, 40);
  const body = JSON.stringify({ client_secret: 'cs_0123456789abcdefghijklmnopqrstuvwxyz', more: 'x'.repeat(100) });
  journal.record(entry('/x', 'ws_a', { requestBody: body }));
  const kept = journal.list()[0]?.requestBody;
  expect(kept).toMatchObject({ length: body.length, truncated: true });
  expect(kept?.text).toBe('{"client_secret":"****fghi"');
  expect(kept?.text).not.toContain('cs_0123');
});

test('masks a secret the request sent wherever the answer echoes it, under any name (a validation error\'s input)', () => {
  const journal = new RequestJournal(10);
  const secret = 'whsec_bW+mrt4N5zMQy7uiaoGXTwScDB98t3sHhGEODlre1JY=';
  const responseBody = JSON.stringify({ detail: [{ type: 'extra_forbidden', loc: ['body', 'secret'], msg: 'Extra inputs are not permitted', input: secret }] });
  journal.record(entry('/x', 'ws_a', { requestBody: JSON.stringify({ name: 7, secret }), responseBody }));
  const [stored] = journal.list();
  expect(JSON.stringify(stored)).not.toContain(secret.slice(6, 30));
  expect(JSON.parse(stored?.responseBody?.text ?? '').detail[0].input).toBe('****1JY=');
});

test('masks secrets in JSON and form text by name, any case, and leaves other fields alone', () => {
  expect(maskSecrets('{"Client_Secret" : "abcdefghijklmnop", "password":"hunter2", "idempotency_key":"kept-1", "keys":"kept-2"}')).toBe(
    '{"Client_Secret" : "****mnop", "password":"****", "idempotency_key":"kept-1", "keys":"kept-2"}',
  );
  expect(maskSecrets('grant_type=refresh_token&refresh_token=rt_0123456789abcdef&client_id=app')).toBe('grant_type=refresh_token&refresh_token=****cdef&client_id=app');
  expect(maskSecrets('response_type=code&code_challenge=abc')).toBe('response_type=code&code_challenge=abc');
  expect(journalBody('', 10)).toBeNull();
  expect(journalBody(null, 10)).toBeNull();
});
