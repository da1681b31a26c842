/**
 * The document's examples hold as a generic tool uses them against a demo workspace: Create Account's example answer
 * is what its example request creates, and the parameter examples of Find Account and Contacts, sent together, make
 * a request the server answers.
 */
import { createAccount } from '@integration-pack/core/reevo/api';
import { startTestServer, type TestServer } from './support/server';

let t: TestServer;
let document: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- an OpenAPI document read as JSON
let key: string;
beforeAll(async () => {
  t = await startTestServer();
  document = (await t.call('GET', '/openapi.json', { key: null })).body;
  key = t.workspace().key;
});
afterAll(() => t.server.close());

test("Create Account's example answer is what its example request creates (but the new id and times)", async () => {
  const media = document.paths[createAccount.path].post;
  const request = media.requestBody.content['application/json'].examples.minimal.value;
  const expected = media.responses[String(createAccount.successStatus)].content['application/json'].examples.minimal.value;
  const answer = await t.call('POST', createAccount.path, { key, body: request });
  expect(answer.status).toBe(createAccount.successStatus);
  expect(answer.body).toEqual({ ...expected, id: expect.any(String), created_at: expect.any(String), updated_at: expect.any(String) });
});

test('every parameter example of Find Account and Contacts, sent together, makes a request the server answers 200', async () => {
  const operation = document.paths['/api/v1/public/account_and_contact_retrieval'].get;
  const query = new URLSearchParams(operation.parameters.filter((parameter: any) => parameter.example !== undefined).map((parameter: any) => [parameter.name, String(parameter.example)])); // eslint-disable-line @typescript-eslint/no-explicit-any
  expect([...query.keys()]).toEqual(['contact_phone_number']);
  const answer = await t.call('GET', `/api/v1/public/account_and_contact_retrieval?${query}`, { key });
  expect(answer.status).toBe(200);
});
