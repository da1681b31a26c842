/** `GET /__admin/requests` as the dashboard's Traffic view reads it: both products' requests, filtered, bodies masked. */
import { API } from './support/server';
import { startReeveServer, type ReeveTestServer } from './reeve/support';

let t: ReeveTestServer;
beforeAll(async () => {
  t = await startReeveServer();
});
afterAll(() => t.server.close());

const journal = (query: string) => t.call('GET', `/__admin/requests?${query}`);
const requests = async (query: string) => (await journal(query)).body;

test("records both products' callers in the owner and credential columns, and filters by them", async () => {
  const user = await t.user();
  const workspace = t.server.runtime.createWorkspace({ seed: 'demo' });
  const { key } = t.server.runtime.createKey({ workspaceId: workspace.id, name: 'Traffic key', permissions: ['webhooks:read'] });
  await t.call('GET', '/api/connectors/list', { token: user.token });
  await t.server.app.inject({ method: 'GET', url: `${API}/webhooks?payload_type=json`, headers: { 'x-api-key': key } });

  const reeve = await requests(`owner=${user.userId}`);
  expect(reeve).toEqual([expect.objectContaining({ owner: user.userId, credential: `session ****${user.token.slice(-4)}`, workspaceId: null, keyName: null, path: '/api/connectors/list' })]);
  const reevo = await requests('credential=traffic%20KEY');
  expect(reevo).toEqual([expect.objectContaining({ owner: workspace.id, workspaceId: workspace.id, credential: 'Traffic key', keyName: 'Traffic key', payloadType: 'json' })]);
  expect(await requests(`owner=${workspace.id}&status=4xx`)).toEqual([]);
});

test('names the API that answered each request, reads payload_type only for Reevo, and filters by API', async () => {
  const user = await t.user();
  const workspace = t.server.runtime.createWorkspace({ seed: 'empty' });
  const { key } = t.server.runtime.createKey({ workspaceId: workspace.id, name: 'API column key', permissions: ['webhooks:read'] });
  await t.server.app.inject({ method: 'GET', url: `${API}/webhooks?payload_type=json`, headers: { 'x-api-key': key } });
  await t.call('GET', '/api/connectors/list?payload_type=json', { token: user.token });
  await t.server.app.inject({ method: 'POST', url: '/api/webhooks/shopify/no-such-hook', headers: { 'content-type': 'application/json' }, payload: '{}' });
  await t.server.app.inject({ method: 'GET', url: '/no-api-here?payload_type=json' });

  const newest = await requests('order=newest&limit=4');
  expect(newest.reverse().map(({ api, path, payloadType }: { api: string | null; path: string; payloadType: string | null }) => ({ api, path, payloadType }))).toEqual([
    { api: 'reevo', path: `${API}/webhooks`, payloadType: 'json' },
    { api: 'reeve', path: '/api/connectors/list', payloadType: null },
    { api: 'reeve', path: '/api/webhooks/shopify/no-such-hook', payloadType: null },
    { api: null, path: '/no-api-here', payloadType: null },
  ]);
  const reeve = await requests(`api=reeve&owner=${user.userId}`);
  expect(reeve).toEqual([expect.objectContaining({ api: 'reeve', path: '/api/connectors/list', query: { payload_type: 'json' } })]);
  expect(await requests(`api=reeve&owner=${workspace.id}`)).toEqual([]);
});

test("keeps the permission check's verdict, the duration and both bodies, masked", async () => {
  const workspace = t.server.runtime.createWorkspace({ seed: 'empty' });
  const { key } = t.server.runtime.createKey({ workspaceId: workspace.id, name: 'reader', permissions: ['accounts:read'] });
  const body = JSON.stringify({ url: 'http://127.0.0.1:9/hook', events: ['account.created'], secret: 'whsec_notallowedhere0123456789' });
  await t.server.app.inject({ method: 'POST', url: `${API}/webhooks?payload_type=json`, headers: { 'x-api-key': key, 'content-type': 'application/json' }, payload: body });
  const [refused] = await requests(`owner=${workspace.id}&status=403&path=/webhooks`);
  expect(refused).toMatchObject({ status: 403, operationId: 'createWebhook', permissionCheck: { required: expect.arrayContaining(['webhooks:write']), missing: expect.arrayContaining(['webhooks:write']) } });
  expect(refused.durationMs).toEqual(expect.any(Number));
  expect(JSON.parse(refused.requestBody.text)).toMatchObject({ url: 'http://127.0.0.1:9/hook', secret: '****6789' });
  expect(JSON.parse(refused.responseBody.text)).toMatchObject({ error: 'ForbiddenError' });
  expect(JSON.stringify(refused)).not.toContain('notallowedhere');
});

test('a request refused before any check has no verdict', async () => {
  await t.server.app.inject({ method: 'GET', url: `${API}/webhooks?payload_type=json`, headers: { 'x-api-key': 'rv_unknown_key_0000' } });
  const [unknown] = await requests('status=401&order=newest&limit=1');
  expect(unknown).toMatchObject({ status: 401, owner: null, credential: null, permissionCheck: null });
});

test('a filter that is not one answers 422 naming the parameter and the fix', async () => {
  const answer = await journal('status=teapot');
  expect(answer.status).toBe(422);
  expect(answer.body.detail[0]).toMatchObject({ loc: ['query', 'status'], msg: expect.stringContaining('4xx') });
  expect((await journal('owner=somebody')).body.detail[0].loc).toEqual(['query', 'owner']);
  const unknownApi = await journal('api=toy');
  expect(unknownApi.status).toBe(422);
  expect(unknownApi.body.detail[0]).toMatchObject({ loc: ['query', 'api'], msg: expect.stringMatching(/reevo.*reeve/) });
});
