/** The Reeve demo of `npm start` (docs/reeve-api.md §6 "Clock and demo"): its tokens work and are printed. */
import { REEVE_DEMO_USERS } from '../../../../fixtures/reeve-demo';
import { banner } from '../../src/cli/banner';
import { createReferenceServer, type ReferenceServer } from '../../src/server';

let server: ReferenceServer;

beforeAll(async () => {
  server = await createReferenceServer();
});
afterAll(() => server.close());
afterEach(() => server.runtime.clock.restore());

const [ada, ben] = REEVE_DEMO_USERS as [(typeof REEVE_DEMO_USERS)[number], (typeof REEVE_DEMO_USERS)[number]];

async function list(token: string, brand: string | null) {
  const response = await server.app.inject({ method: 'GET', url: '/api/connectors/list', headers: { authorization: `Bearer ${token}`, ...(brand === null ? {} : { 'x-reeve-brand': brand }) } });
  return response.json().connections as Array<{ provider: string; type: string; status: string; expires_at: string | null; last_refreshed_at: string | null }>;
}

test("two users share a brand holding one connection of each kind, one near its expiry, and Ada's are Reeve's sample list", async () => {
  const brand = server.seededReeve?.brand.id as string;
  const adas = await list(ada.sessionToken, brand);
  const bens = await list(ben.sessionToken, brand);
  expect(adas.map((connection) => [connection.provider, connection.type, connection.status])).toEqual([
    ['meta', 'oauth', 'connected'],
    ['stripe', 'api_key', 'connected'],
    ['shopify', 'oauth', 'disconnected'],
  ]);
  expect(bens.map((connection) => [connection.provider, connection.type, connection.status])).toEqual([
    ['github', 'oauth', 'connected'],
    ['google_analytics', 'service_account', 'connected'],
    ['shopify', 'oauth', 'connected'],
  ]);
  const shopify = bens[2];
  expect(Date.parse(shopify?.expires_at as string) - server.runtime.clock.nowMs()).toBeLessThanOrEqual(20 * 60 * 1000);
});

test('the shared brand is both users\' default, so a request without X-Reeve-Brand sees the demo connections', async () => {
  const brand = server.seededReeve?.brand.id as string;
  for (const user of [ada, ben]) {
    const withoutHeader = await list(user.sessionToken, null);
    expect(withoutHeader.length).toBeGreaterThan(0);
    expect(withoutHeader).toEqual(await list(user.sessionToken, brand));
  }
});

test('the near-expiry connection is refreshed once the clock brings it inside 15 minutes', async () => {
  const brand = server.seededReeve?.brand.id as string;
  server.runtime.clock.freeze();
  server.runtime.clock.advance(6 * 60);
  const shopify = (await list(ben.sessionToken, brand)).find((connection) => connection.provider === 'shopify');
  expect(shopify).toMatchObject({ provider: 'shopify', status: 'connected', last_refreshed_at: server.runtime.clock.now().toISOString() });
});

test('the banner prints the session tokens beside the Reevo keys, with the brand to send', () => {
  const text = banner('http://127.0.0.1:4010', '0.1.0', server.seeded as NonNullable<ReferenceServer['seeded']>, null, server.seededReeve);
  expect(text).toContain('Demo API keys');
  expect(text).toContain(ada.sessionToken);
  expect(text).toContain(ben.sessionToken);
  expect(text).toContain(`X-Reeve-Brand: ${server.seededReeve?.brand.id}`);
  expect(text).toContain('http://127.0.0.1:4010/reeve/openapi.json');
});

test('the banner says how to point the Reeve client and the MCP server at this server', () => {
  const text = banner('http://127.0.0.1:4010', '0.1.0', server.seeded as NonNullable<ReferenceServer['seeded']>, null, server.seededReeve);
  const brand = server.seededReeve?.brand.id as string;
  expect(text.split('\n')[0]).toBe('Reevo & Reeve reference server 0.1.0 listening on http://127.0.0.1:4010');
  expect(text).toContain(`createReeveClient({ sessionToken: '${ada.sessionToken}', brandId: '${brand}', baseUrl: 'http://127.0.0.1:4010' })`);
  expect(text).toContain(`REEVE_SESSION_TOKEN=${ada.sessionToken} REEVE_BASE_URL=http://127.0.0.1:4010 REEVE_BRAND=${brand}`);
});
