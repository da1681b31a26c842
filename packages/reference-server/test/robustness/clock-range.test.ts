/**
 * Finding 2 of issue 12: `POST /__admin/clock {"advance_seconds": 1e20}` put the clock past the Date range, and
 * every route (the admin API included) answered 500 until a restart; past year 9999 a create answered 500 but kept
 * the record. The clock now stays within CLOCK_RANGE: a change past it answers 422 naming the range and changes
 * nothing, and at either end of the range records, searches and quota answers still pass the catalog's schemas.
 */
import { findOperation, timestamp } from '@integration-pack/core/reevo/api';
import { CLOCK_RANGE, ControllableClock } from '../../src/runtime/clock';
import { API, startTestServer, type TestServer } from '../support/server';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.server.close());
afterEach(() => t.server.runtime.clock.restore());

const FROZEN_AT = '2031-05-06T07:08:09.000Z';

const refusedChanges: [string, Record<string, unknown>][] = [
  ['advancing past every Date', { advance_seconds: 1e20 }],
  ['advancing past the range', { advance_seconds: 9_000 * 365 * 86_400 }],
  ['setting year 9999', { set: '9999-06-01T00:00:00Z' }],
  ['setting year 1', { set: '0001-01-01T00:00:00Z' }],
  ['setting a time before 1970', { set: '1969-12-31T23:59:59Z' }],
  ['setting the range end and advancing past it', { set: CLOCK_RANGE.latest, advance_seconds: 1 }],
  ['unfreezing while jumping out of range', { freeze: false, set: '9999-01-01T00:00:00Z' }],
];

test.each(refusedChanges)('%s answers 422 naming the range and leaves the clock as it was', async (_name, change) => {
  await t.admin('POST', '/clock', { freeze: true, set: FROZEN_AT });
  const answer = await t.admin('POST', '/clock', change);
  expect(answer.status).toBe(422);
  expect(answer.body.detail).toEqual(expect.stringContaining(`between ${CLOCK_RANGE.earliest} and ${CLOCK_RANGE.latest}`));
  expect((await t.admin('GET', '/clock')).body).toEqual({ now: FROZEN_AT, frozen: true });
});

test('a refused change does not freeze the clock either', async () => {
  const answer = await t.admin('POST', '/clock', { freeze: true, advance_seconds: 1e20 });
  expect(answer.status).toBe(422);
  expect((await t.admin('GET', '/clock')).body.frozen).toBe(false);
});

test('after the refused changes every part of the server still answers', async () => {
  for (const [, change] of refusedChanges) await t.admin('POST', '/clock', change);
  const { key } = t.workspace();
  for (const path of ['/health', '/clock', '/workspaces', '/keys', '/faults', '/requests', '/webhooks/deliveries']) {
    expect([path, (await t.admin('GET', path)).status]).toEqual([path, 200]);
  }
  expect((await t.call('POST', `${API}/accounts`, { key, body: { name: 'After the refusals', domain_name: 'after.example' } })).status).toBe(200);
  expect((await t.call('POST', `${API}/accounts/search`, { key, body: { domain_name: 'after.example' } })).body).toHaveLength(1);
});

describe.each([
  ['earliest', CLOCK_RANGE.earliest],
  ['latest', CLOCK_RANGE.latest],
])('at the %s time of the range', (_edge, edge) => {
  test('a create stores a timestamp its schema accepts, and a search that meets it answers', async () => {
    expect((await t.admin('POST', '/clock', { freeze: true, set: edge })).body.now).toBe(edge);
    const { key } = t.workspace();
    const created = await t.call('POST', `${API}/accounts`, { key, body: { name: `At ${edge}`, domain_name: 'edge.example' } });
    expect(created.status).toBe(200);
    expect(created.body.created_at).toBe(edge);
    const found = await t.call('POST', `${API}/accounts/search`, { key, body: { domain_name: 'example' } });
    expect(found.status).toBe(200);
    expect(found.body.map((account: { created_at: string }) => account.created_at)).toContain(edge);
    expect(findOperation('searchAccounts')?.response?.safeParse(found.body).success).toBe(true);
  });

  test('a quota of the longest window still names a reset time the catalog accepts', async () => {
    await t.admin('POST', '/clock', { freeze: true, set: edge });
    const { id, key } = t.workspace();
    await t.admin('PUT', '/quota', { workspace_id: id, limit: 1, window_seconds: 31_536_000 });
    await t.call('GET', `${API}/webhooks`, { key });
    const refused = await t.call('GET', `${API}/webhooks`, { key });
    expect(refused.status).toBe(429);
    expect(timestamp().safeParse(refused.body.details.reset_at).success).toBe(true);
  });
});

test('a running clock set at the end of the range stops there instead of running past it', () => {
  let real = Date.parse('2026-01-01T00:00:00Z');
  const clock = new ControllableClock(() => real);
  clock.set(new Date(CLOCK_RANGE.latest));
  real += 10 * 365 * 86_400_000;
  expect(clock.state()).toEqual({ now: CLOCK_RANGE.latest, frozen: false });
});
