/**
 * Found by the generated requests: the router's own errors (malformed percent-encoding, an over-long path
 * parameter) answered in fastify's shape `{error, code, message, statusCode}` instead of docs/reevo-api.md §3's.
 */
import { DetailErrorBody, ValidationErrorBody } from '@integration-pack/core/reevo/api';
import { createReferenceServer, type ReferenceServer } from '../../src/server';

let server: ReferenceServer;
let key: string;
beforeAll(async () => {
  server = await createReferenceServer({ seed: 'demo' });
  key = server.seeded?.keys[0]?.key ?? '';
});
afterAll(() => server.close());

test.each(['/api/v1/public/accounts/%E0%A4%A', '/%', '/api/v1/public/unknown-%/x'])('a malformed percent-encoding in %s answers 400 {detail}', async (url) => {
  const answer = await server.app.inject({ method: 'GET', url, headers: { 'x-api-key': key } });
  expect(answer.statusCode).toBe(400);
  expect(DetailErrorBody.strict().parse(answer.json()).detail).toContain('not a valid url');
});

test('an over-long id reaches validation and answers 422 uuid_parsing, as FastAPI would', async () => {
  const answer = await server.app.inject({ method: 'GET', url: `/api/v1/public/accounts/${'a'.repeat(500)}`, headers: { 'x-api-key': key } });
  expect(answer.statusCode).toBe(422);
  expect(ValidationErrorBody.parse(answer.json()).detail[0]).toMatchObject({ type: 'uuid_parsing', loc: ['path', 'account_id'] });
});

test('an id longer than the router takes answers 414 {detail}', async () => {
  const answer = await server.app.inject({ method: 'GET', url: `/api/v1/public/accounts/${'a'.repeat(5000)}`, headers: { 'x-api-key': key } });
  expect(answer.statusCode).toBe(414);
  expect(DetailErrorBody.strict().parse(answer.json()).detail).toEqual(expect.any(String));
});
