/** Endpoint 3 (docs/reeve-api.md §3, §4 "API keys"): keys checked by the fake provider, masked in messages, sealed. */
import { startReeveServer, type ReeveTestServer, type ReeveUserSession } from './support';

let t: ReeveTestServer;
let ada: ReeveUserSession;

beforeAll(async () => {
  t = await startReeveServer();
  ada = await t.user();
});
afterAll(() => t.server.close());

const connect = (body: unknown, session = ada) => t.call('POST', '/api/connectors/connect', { token: session.token, body });
const STRIPE_KEY = 'sk_live_51HxAcmeExampleKey0000abcd';

test('connects Stripe with a good key, sealed, with its webhook URL and whsec_ secret', async () => {
  const user = await t.user();
  const answer = await connect({ provider: 'stripe', api_key: STRIPE_KEY }, user);
  expect([answer.status, answer.body]).toEqual([200, { connected: true, provider: 'stripe', account_name: 'Acme (Stripe)' }]);
  const [row] = await t.connections(user.userId);
  expect(row).toMatchObject({ provider: 'stripe', type: 'api_key', status: 'connected', expires_at: null, webhook: { scheme: 'stripe', secret: expect.stringMatching(/^whsec_/) } });
  expect(row.webhook.url).toMatch(/^http:\/\/localhost(:80)?\/api\/webhooks\/stripe\/[\w-]{32}$/);
  expect(JSON.stringify(row)).not.toContain(STRIPE_KEY);
  const stored = t.server.runtime.reeve.state.connection(user.userId, user.brandId, 'stripe');
  expect(t.server.runtime.reeve.sealer.open(stored?.credentials as never)).toEqual({ kind: 'api_key', api_key: STRIPE_KEY, config: {} });
});

test('connects the providers that need settings, with their config', async () => {
  const user = await t.user();
  expect((await connect({ provider: 'zendesk', api_key: 'zd_token_example_8f1c2b', config: { subdomain: 'acme', email: 'ops@acme.com' } }, user)).body).toEqual({ connected: true, provider: 'zendesk', account_name: 'acme.zendesk.com' });
  const serviceAccount = JSON.stringify({ type: 'service_account', client_email: 'reeve@acme.iam.gserviceaccount.com', private_key: '-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----\n' });
  const ga = await connect({ provider: 'google_analytics', api_key: serviceAccount, config: { property_id: '123456' } }, user);
  expect(ga.body).toEqual({ connected: true, provider: 'google_analytics', account_name: 'reeve@acme.iam.gserviceaccount.com (property 123456)' });
  const listed = (await t.call('GET', '/api/connectors/list', { token: user.token })).body.connections;
  expect(listed.map((connection: { provider: string; type: string }) => [connection.provider, connection.type])).toEqual([
    ['google_analytics', 'service_account'],
    ['zendesk', 'api_key'],
  ]);
});

test('a missing setting is 422 naming each field', async () => {
  const answer = await connect({ provider: 'gorgias', api_key: 'gorgias-key-0123456789', config: { domain: 'acme' } });
  expect(answer.status).toBe(422);
  expect(answer.body.detail).toEqual([{ type: 'missing', loc: ['body', 'config', 'email'], msg: 'Field required: Gorgias needs config.email beside the key (config needs domain, email)', input: null }]);
});

test('missing fields are 422', async () => {
  const answer = await connect({ provider: 'stripe' });
  expect(answer.status).toBe(422);
  expect(answer.body.detail).toEqual([expect.objectContaining({ loc: ['body', 'api_key'] })]);
  expect((await connect({ api_key: STRIPE_KEY })).status).toBe(422);
});

test('an OAuth provider is 400 pointing to Authorize', async () => {
  const answer = await connect({ provider: 'shopify', api_key: 'shpat_0123456789abcdef' });
  expect([answer.status, answer.body.detail]).toEqual([400, 'Shopify connects through OAuth, not with an API key: start with GET /api/oauth/shopify/authorize.']);
});

test('a refused key is 400 naming the provider and showing the key masked, never whole', async () => {
  const wrongPrefix = await connect({ provider: 'stripe', api_key: 'pk_live_51HxAcmeExampleKey0000wxyz' });
  expect([wrongPrefix.status, wrongPrefix.body.detail]).toEqual([
    400,
    'Stripe refused the API key pk_l****wxyz: a Stripe key starts with sk_live_ or sk_test_ or rk_live_ or rk_test_. Check the key in your Stripe account and connect again.',
  ]);
  await t.admin('PUT', '/providers/stripe', { reject_next_key: true });
  const refused = await connect({ provider: 'stripe', api_key: STRIPE_KEY });
  expect([refused.status, refused.body.detail]).toEqual([400, 'Stripe refused the API key sk_live_****abcd: the key was refused (reject_next_key). Check the key in your Stripe account and connect again.']);
  expect(JSON.stringify(refused.body)).not.toContain(STRIPE_KEY);
  expect((await connect({ provider: 'stripe', api_key: STRIPE_KEY })).status).toBe(200);
});

test('a provider that cannot be reached is 502 and stores nothing', async () => {
  const user = await t.user();
  await t.admin('PUT', '/providers/posthog', { reachable: false });
  try {
    const answer = await connect({ provider: 'posthog', api_key: 'phc_0123456789abcdefghij', config: { project_id: '42' } }, user);
    expect([answer.status, answer.body.detail]).toEqual([502, 'PostHog could not be reached: nothing was changed. Try again in a moment.']);
    expect(await t.connections(user.userId)).toEqual([]);
  } finally {
    await t.admin('PUT', '/providers/posthog', { reachable: true });
  }
});

test('connecting anew replaces the connection in place', async () => {
  const user = await t.user();
  await connect({ provider: 'figma', api_key: 'figd_0123456789abcdefghij' }, user);
  await t.call('DELETE', '/api/connectors/figma', { token: user.token });
  await connect({ provider: 'figma', api_key: 'figd_9999456789abcdefghij' }, user);
  const rows = await t.connections(user.userId);
  expect(rows.map((row: { status: string }) => row.status)).toEqual(['connected']);
});
