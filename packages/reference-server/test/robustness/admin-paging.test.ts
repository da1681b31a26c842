/**
 * Issue 12, finding 5: `GET /__admin/webhooks/deliveries` and `/__admin/requests` answered the whole log at once (one
 * answer of 46 MB blocked the event loop 1.5 s). Both now answer a page: `limit` (100 unless given, at most 1,000),
 * `order` (oldest first unless `newest`) and `cursor` (the id of the previous page's last entry). The testing
 * helper's `journal()` and `deliveries()` still return everything, page after page.
 */
import { startReferenceServer } from '../../src/testing';
import { WORKSPACE, newEvent, newSubscription } from '../webhooks/harness';
import { API, startTestServer, type TestServer } from '../support/server';

let t: TestServer;
let workspace: { id: string; key: string };
beforeAll(async () => {
  t = await startTestServer({ timeScale: 1 });
  workspace = t.workspace(['users:read']);
  for (let i = 0; i < 250; i += 1) await t.call('POST', `${API}/users/search`, { key: workspace.key, body: {} });
});
afterAll(() => t.server.close());

const ids = (entries: Array<{ id: string }>) => entries.map((entry) => entry.id);
const requestId = (n: number) => `req_${String(n).padStart(6, '0')}`;

describe('GET /__admin/requests', () => {
  test('answers the oldest 100 entries unless a limit is given', async () => {
    const page = (await t.admin('GET', `/requests?workspace_id=${workspace.id}`)).body;
    expect(ids(page)).toEqual(Array.from({ length: 100 }, (_, i) => requestId(i + 1)));
  });

  test('a cursor continues after the previous page, and a page shorter than the limit is the last', async () => {
    const seen: string[] = [];
    let cursor = '';
    for (;;) {
      const page = (await t.admin('GET', `/requests?workspace_id=${workspace.id}&limit=120${cursor}`)).body as Array<{ id: string }>;
      seen.push(...ids(page));
      if (page.length < 120) break;
      cursor = `&cursor=${page.at(-1)?.id}`;
    }
    expect(seen).toEqual(Array.from({ length: 250 }, (_, i) => requestId(i + 1)));
  });

  test('order=newest pages from the newest entry backwards', async () => {
    const first = (await t.admin('GET', `/requests?limit=3&order=newest`)).body;
    expect(ids(first)).toEqual([requestId(250), requestId(249), requestId(248)]);
    const next = (await t.admin('GET', `/requests?limit=3&order=newest&cursor=${requestId(248)}`)).body;
    expect(ids(next)).toEqual([requestId(247), requestId(246), requestId(245)]);
  });

  test('a limit past 1,000 or a cursor that is not a journal id answers 422 naming the parameter', async () => {
    const tooMany = await t.admin('GET', '/requests?limit=1001');
    expect(tooMany.status).toBe(422);
    expect(tooMany.body.detail[0]).toMatchObject({ loc: ['query', 'limit'], type: 'less_than_equal', msg: 'Input should be less than or equal to 1000' });
    const badCursor = await t.admin('GET', '/requests?cursor=dlv_000001');
    expect(badCursor.status).toBe(422);
    expect(badCursor.body.detail[0]).toMatchObject({ loc: ['query', 'cursor'] });
  });
});

describe('GET /__admin/webhooks/deliveries', () => {
  test('pages the delivery log the same way', async () => {
    const subscription = newSubscription('http://127.0.0.1:9/hook');
    for (let i = 0; i < 7; i += 1) t.server.runtime.webhooks.enqueue(WORKSPACE, subscription, newEvent());
    await t.server.runtime.webhooks.idle();

    const oldest = (await t.admin('GET', `/webhooks/deliveries?limit=3`)).body;
    expect(ids(oldest)).toEqual(['dlv_000001', 'dlv_000002', 'dlv_000003']);
    const rest = (await t.admin('GET', `/webhooks/deliveries?limit=5&cursor=dlv_000003`)).body;
    expect(ids(rest)).toEqual(['dlv_000004', 'dlv_000005', 'dlv_000006', 'dlv_000007']);
    expect(ids((await t.admin('GET', '/webhooks/deliveries?limit=2&order=newest')).body)).toEqual(['dlv_000007', 'dlv_000006']);
    expect((await t.admin('GET', '/webhooks/deliveries')).body).toHaveLength(7);
  });
});

test('the testing helper’s journal() still returns every entry of the workspace, across pages', async () => {
  const server = await startReferenceServer();
  try {
    const testWorkspace = await server.createWorkspace();
    const request = { method: 'POST', url: '/api/v1/public/users/search', headers: { 'x-api-key': testWorkspace.fullKey, 'content-type': 'application/json' }, body: '{}' };
    for (let i = 0; i < 1_005; i += 1) await server.inject(request);

    const journal = await testWorkspace.journal();

    expect(journal).toHaveLength(1_005);
    expect(new Set(journal.map((entry) => entry.id)).size).toBe(1_005);
    expect(journal[0]?.id).toBe('req_000001');
    expect(journal.at(-1)?.id).toBe('req_001005');
  } finally {
    await server.close();
  }
});
