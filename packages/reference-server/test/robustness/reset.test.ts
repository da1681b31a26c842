/**
 * Issue 12, finding 7: `/__admin/reset` left the journal's and the delivery log's id counters running. After a
 * reset every id sequence starts where a fresh server starts it: requests, deliveries and fault rules.
 */
import { createReferenceServer, type ReferenceServer } from '../../src/server';

let server: ReferenceServer;
let key: string;
beforeAll(async () => {
  server = await createReferenceServer({ seed: 'demo', timeScale: 1 });
  key = server.seeded?.keys.find((demo) => demo.name === 'Demo Full Access')?.key ?? '';
});
afterAll(() => server.close());

async function send(method: 'GET' | 'POST', url: string, body?: unknown) {
  const answer = await server.app.inject({
    method,
    url,
    headers: { 'x-api-key': key, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
  });
  return answer.json() as unknown;
}

/** One of each numbered thing: a journaled request, a delivery (to a closed port) and a fault rule. */
async function makeOneOfEach() {
  await send('POST', '/api/v1/public/webhooks', { url: 'http://127.0.0.1:9/hook', events: ['account.created'] });
  await send('POST', '/api/v1/public/accounts', { name: 'Numbered' });
  await server.runtime.webhooks.idle();
  const rule = (await send('POST', '/__admin/faults', { method: 'GET', path: '/api/v1/public/users', delay_ms: 0 })) as { id: string };
  const requests = (await send('GET', '/__admin/requests')) as Array<{ id: string }>;
  const deliveries = (await send('GET', '/__admin/webhooks/deliveries')) as Array<{ id: string }>;
  return { requests: requests.map((entry) => entry.id), deliveries: deliveries.map((entry) => entry.id), rule: rule.id };
}

test('after a reset, request, delivery and fault rule ids start again as on a fresh server', async () => {
  const fresh = await makeOneOfEach();
  expect(fresh).toEqual({ requests: ['req_000001', 'req_000002'], deliveries: ['dlv_000001'], rule: 'flt_1' });
  await makeOneOfEach();

  await send('POST', '/__admin/reset');

  expect(await makeOneOfEach()).toEqual(fresh);
});
