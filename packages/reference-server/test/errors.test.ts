import { EXAMPLE, operations } from '@integration-pack/core/reevo/api';
import { handlers } from '../src/domain';
import { API, startTestServer, type TestServer } from './support/server';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.server.close());

describe('request validation answers FastAPI 422 items with pydantic types', () => {
  test('missing, wrong type, unknown field, enum and email', async () => {
    const { key } = t.workspace();
    const answer = await t.call('POST', `${API}/tasks`, { key, body: { title: 7, priority: 'SOON', extra: 1, owner_email: 'not-an-email' } });
    expect(answer.status).toBe(422);
    const byField = Object.fromEntries(answer.body.detail.map((item: { loc: string[]; type: string }) => [item.loc.join('.'), item.type]));
    expect(byField).toMatchObject({
      'body.title': 'string_type',
      'body.priority': 'enum',
      'body.extra': 'extra_forbidden',
      'body.owner_email': 'value_error',
    });
  });

  test('a required field left out is "missing" with the parent object as input', async () => {
    const { key } = t.workspace();
    const answer = await t.call('POST', `${API}/accounts`, { key, body: {} });
    expect(answer.body.detail).toEqual([{ type: 'missing', loc: ['body', 'name'], msg: 'Field required', input: {} }]);
  });

  test('an invalid path parameter is located in "path"', async () => {
    const { key } = t.workspace();
    const answer = await t.call('GET', `${API}/accounts/not-a-uuid`, { key });
    expect(answer.body.detail).toEqual([{ type: 'uuid_parsing', loc: ['path', 'account_id'], msg: 'Input should be a valid UUID', input: 'not-a-uuid' }]);
  });

  test('malformed JSON answers json_invalid', async () => {
    const { key } = t.workspace();
    const answer = await t.call('POST', `${API}/accounts`, { key, body: '{"name": ' });
    expect(answer.status).toBe(422);
    expect(answer.body.detail[0]).toMatchObject({ type: 'json_invalid', loc: ['body', expect.any(Number)], msg: 'JSON decode error' });
  });

  test('a body that is not JSON answers 422 saying to send JSON', async () => {
    const { key } = t.workspace();
    const answer = await t.call('POST', `${API}/accounts`, { key, headers: { 'content-type': 'text/plain' }, body: 'name=Acme' });
    expect(answer.status).toBe(422);
    expect(answer.body.detail[0]).toMatchObject({ type: 'model_attributes_type', loc: ['body'] });
    expect(answer.body.detail[0].msg).toContain('Content-Type: application/json');
  });

  test('a POST without a body is a missing body', async () => {
    const { key } = t.workspace();
    const answer = await t.call('POST', `${API}/accounts`, { key, headers: { 'content-type': 'application/json' } });
    expect(answer.body.detail).toEqual([{ type: 'missing', loc: ['body'], msg: 'Field required', input: null }]);
  });

  test('a bodyless request with Content-Type: application/json is accepted on GET and DELETE', async () => {
    const { key } = t.workspace();
    const json = { 'content-type': 'application/json' };
    expect((await t.call('GET', `${API}/accounts/${EXAMPLE.accountId}`, { key, headers: json })).status).toBe(200);
    const created = await t.call('POST', `${API}/webhooks`, { key, body: { url: 'http://127.0.0.1:9/hook', events: ['contact.created'] } });
    expect(created.status).toBe(201);
    const deleted = await t.call('DELETE', `${API}/webhooks/${created.body.id}`, { key, headers: json });
    expect(deleted.status).toBe(204);
  });
});

describe('application errors use the GENERIC envelope', () => {
  test('a missing record answers 404 NotFoundError', async () => {
    const { key } = t.workspace();
    const answer = await t.call('GET', `${API}/contacts/00000000-0000-4000-8000-000000000000`, { key });
    expect(answer.status).toBe(404);
    expect(answer.body).toMatchObject({ error_response_type: 'GENERIC', error: 'NotFoundError', message: expect.stringContaining('00000000-0000-4000-8000-000000000000') });
  });

  test('a field another endpoint owns answers 400 with the catalog\'s message, before validation', async () => {
    const { key } = t.workspace();
    const answer = await t.call('PATCH', `${API}/opportunities/${EXAMPLE.opportunityId}`, { key, body: { stage_name: 'Won', bogus: 1 } });
    expect(answer.status).toBe(400);
    const expected = operations.find((operation) => operation.operationId === 'updateOpportunity')?.rejectedBodyFields?.['stage_name'];
    expect(answer.body).toMatchObject({ error: 'BadRequestError', message: expected, details: { field: 'stage_name' } });
  });
});

test('a response that breaks its schema answers 500 naming the field (a server bug)', async () => {
  const broken = await startTestServer({ handlers: { ...handlers, getAccount: () => ({ id: 'not-a-uuid' }) } });
  const workspace = broken.workspace();
  const answer = await broken.call('GET', `${API}/accounts/${EXAMPLE.accountId}`, { key: workspace.key });
  await broken.server.close();
  expect(answer.status).toBe(500);
  expect(answer.body.detail).toMatch(/does not match the catalog's response schema/);
  expect(answer.body.detail).toMatch(/\bid: /);
  expect(answer.body.detail).toMatch(/\bname: /);
});
