/** The request journal keeps the newest entries, oldest first, and forgets the rest. */
import { RequestJournal } from '../src/runtime/journal';

const entry = (path: string, workspaceId: string | null = 'ws_a') => ({
  at: '2026-11-23T10:00:00.000Z',
  workspaceId,
  method: 'GET',
  path,
  search: 'payload_type=json',
  operationId: null,
  status: 200,
  keyName: 'Demo Full Access',
});

test('lists every entry oldest first, with ids in order, until it is full', () => {
  const journal = new RequestJournal(3);
  journal.record(entry('/a'));
  journal.record(entry('/b', 'ws_b'));
  expect(journal.list().map((stored) => [stored.id, stored.path])).toEqual([
    ['req_000001', '/a'],
    ['req_000002', '/b'],
  ]);
  expect(journal.list('ws_b').map((stored) => stored.path)).toEqual(['/b']);
});

test('once full, keeps the newest `capacity` entries, still oldest first, across many wraps', () => {
  const journal = new RequestJournal(3);
  for (let n = 1; n <= 10; n += 1) journal.record(entry(`/${n}`, n % 2 ? 'ws_odd' : 'ws_even'));
  expect(journal.list().map((stored) => stored.path)).toEqual(['/8', '/9', '/10']);
  expect(journal.list().map((stored) => stored.id)).toEqual(['req_000008', 'req_000009', 'req_000010']);
  expect(journal.list('ws_odd').map((stored) => stored.path)).toEqual(['/9']);
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

test('reads the query the client sent, and its payload_type, from the raw query string', () => {
  const journal = new RequestJournal(undefined, 'payload_type');
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
