import { operations } from '@integration-pack/core/reevo/api';
import { fastifyPath } from '../src/http/operation-schema';
import { API, startTestServer, type TestServer } from './support/server';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.server.close());

describe('routes come from the catalog', () => {
  test('there is one route for each of the 22 operations', () => {
    expect(operations).toHaveLength(22);
    const missing = operations.filter((operation) => !t.server.app.hasRoute({ method: operation.method, url: fastifyPath(operation.path) }));
    expect(missing.map((operation) => operation.operationId)).toEqual([]);
  });

  test('an unknown path answers 404 Not Found', async () => {
    const answer = await t.call('GET', `${API}/nothing_here`);
    expect(answer).toMatchObject({ status: 404, body: { detail: 'Not Found' } });
  });

  test('a known path with another method answers 405 Method Not Allowed with Allow', async () => {
    const answer = await t.call('PUT', `${API}/accounts/search`);
    expect(answer).toMatchObject({ status: 405, body: { detail: 'Method Not Allowed' } });
    expect(answer.headers['allow']).toBe('POST');
  });

  test('each operation answers its success status with a body that passes its schema', async () => {
    const { key } = t.workspace();
    const account = (await t.call('POST', `${API}/accounts`, { key, body: { name: 'Initech', domain_name: 'initech.com' } })).body;
    expect(account.name).toBe('Initech');
    const answer = await t.call('GET', `${API}/accounts/${account.id}?payload_type=json`, { key });
    expect(answer.status).toBe(200);
    expect(operations.find((operation) => operation.operationId === 'getAccount')?.response?.safeParse(answer.body).success).toBe(true);
  });
});
