/**
 * From finding 7 of issue 12: an upper-case UUID in a path answered 404 for a record that exists. UUIDs compare
 * case-insensitively, as pydantic parses them: the catalog reads any UUID in its lower-case form, in a path, a query
 * or a body, and so does the admin API.
 */
import { EXAMPLE } from '@integration-pack/core/reevo/api';
import { API, startTestServer, type TestServer } from '../support/server';

let t: TestServer;
let key: string;
let accountId: string;
beforeAll(async () => {
  t = await startTestServer();
  key = t.workspace().key;
  accountId = (await t.call('POST', `${API}/accounts`, { key, body: { name: 'Case', domain_name: 'case.example' } })).body.id;
});
afterAll(() => t.server.close());

test('an upper-case account id in the path answers the account', async () => {
  const answer = await t.call('GET', `${API}/accounts/${accountId.toUpperCase()}`, { key });
  expect(answer.status).toBe(200);
  expect(answer.body.id).toBe(accountId);
});

test('a mixed-case id in a PATCH changes the record', async () => {
  const mixed = accountId.replace(/[a-f]/g, (letter, index: number) => (index % 2 ? letter.toUpperCase() : letter));
  const answer = await t.call('PATCH', `${API}/accounts/${mixed}`, { key, body: { name: 'Case Renamed' } });
  expect(answer.status).toBe(200);
  expect(answer.body).toMatchObject({ id: accountId, name: 'Case Renamed' });
});

test('an upper-case id in a body finds the record and is stored in lower case', async () => {
  const answer = await t.call('POST', `${API}/opportunities`, { key, body: { display_name: 'Case deal', account_id: accountId.toUpperCase(), owner_email: EXAMPLE.ownerEmail, primary_contact_email: EXAMPLE.contactEmail } });
  expect(answer.status).toBe(200);
  expect(answer.body.account_id).toBe(accountId);
});

test('the admin API reads ids the same way', async () => {
  const { id: workspaceId } = t.workspace();
  const created = await t.admin('POST', '/keys', { workspace_id: workspaceId.toUpperCase(), name: 'upper', permissions: [] });
  expect(created.status).toBe(201);
  expect(created.body.workspace_id).toBe(workspaceId);
  expect((await t.admin('POST', `/keys/${String(created.body.id).toUpperCase()}/expire`)).status).toBe(200);
});
