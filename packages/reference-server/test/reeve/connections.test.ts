/**
 * Endpoints 4 and 5 (docs/reeve-api.md §3, §4 "Disconnect"): the list's order and scoping by user and brand, and
 * disconnecting with RFC 7009 revocation at the providers that revoke.
 */
import { startReeveServer, type ReeveTestServer, type ReeveUserSession } from './support';

let t: ReeveTestServer;

beforeAll(async () => {
  t = await startReeveServer();
});
afterAll(() => t.server.close());

const list = async (session: ReeveUserSession, brand?: string) => (await t.call('GET', '/api/connectors/list', { token: session.token, ...(brand ? { brand } : {}) })).body.connections;
const providersOf = (connections: Array<{ provider: string; status: string }>) => connections.map((connection) => `${connection.provider}:${connection.status}`);
const connectKey = (session: ReeveUserSession, provider: string, apiKey: string, brand?: string) =>
  t.call('POST', '/api/connectors/connect', { token: session.token, body: { provider, api_key: apiKey }, ...(brand ? { brand } : {}) });

test('lists the connected ones first, then by provider; a disconnected one stays listed', async () => {
  const ada = await t.user();
  await connectKey(ada, 'stripe', 'sk_test_0123456789abcdef');
  await t.connectOAuth(ada, 'slack');
  await t.connectOAuth(ada, 'github');
  await connectKey(ada, 'vercel', 'vercel-token-0123456789');
  expect(providersOf(await list(ada))).toEqual(['github:connected', 'slack:connected', 'stripe:connected', 'vercel:connected']);
  await t.call('DELETE', '/api/connectors/github', { token: ada.token });
  await t.call('DELETE', '/api/connectors/vercel', { token: ada.token });
  expect(providersOf(await list(ada))).toEqual(['slack:connected', 'stripe:connected', 'github:disconnected', 'vercel:disconnected']);
  expect(await list(await t.user())).toEqual([]);
});

test('a user sees only its own connections, in the brand the header chooses', async () => {
  const ada = await t.user();
  const bob = await t.user();
  const shared = (await t.admin('POST', '/brands', { name: 'Acme', member_ids: [ada.userId, bob.userId] })).body;
  await connectKey(ada, 'stripe', 'sk_test_0123456789abcdef');
  await connectKey(ada, 'klaviyo', 'pk_0123456789abcdefghij', shared.id);
  await t.connectOAuth(bob, 'slack', { brand: shared.id });
  expect(providersOf(await list(ada))).toEqual(['stripe:connected']);
  expect(providersOf(await list(ada, shared.id))).toEqual(['klaviyo:connected']);
  expect((await list(ada, shared.id))[0].brand_id).toBe(shared.id);
  expect(providersOf(await list(bob, shared.id))).toEqual(['slack:connected']);
  expect(providersOf(await list(bob))).toEqual([]);
  // Bob cannot disconnect Ada's Klaviyo, even in their shared brand.
  expect((await t.call('DELETE', '/api/connectors/klaviyo', { token: bob.token, brand: shared.id })).status).toBe(404);
  const outsider = await t.call('GET', '/api/connectors/list', { token: bob.token, brand: ada.brandId });
  expect([outsider.status, outsider.body]).toEqual([403, { detail: `You are not a member of brand ${ada.brandId}` }]);
});

describe('disconnect', () => {
  test('revokes the grant at a provider that revokes (GitHub), deletes the tokens, and announces it', async () => {
    const ada = await t.user();
    await t.connectOAuth(ada, 'github');
    const { reeve } = t.server.runtime;
    const row = reeve.state.connection(ada.userId, ada.brandId, 'github');
    const credentials = reeve.sealer.open(row?.credentials as never) as { access_token: string };
    expect(reeve.providers.isLive('github', credentials.access_token)).toBe(true);
    const answer = await t.call('DELETE', '/api/connectors/github', { token: ada.token });
    expect([answer.status, answer.body]).toEqual([200, { provider: 'github', status: 'disconnected', revoked: true }]);
    expect(reeve.providers.isLive('github', credentials.access_token)).toBe(false);
    const [stored] = await t.connections(ada.userId);
    expect(stored).toMatchObject({ status: 'disconnected', credentials: null, webhook: null, expires_at: null });
    expect(reeve.recorded.events.filter((event) => event.userId === ada.userId).map((event) => event.type)).toEqual(['connection.connected', 'connection.disconnected']);
    expect(reeve.recorded.events.at(-1)?.data).toMatchObject({ provider: 'github', status: 'disconnected' });
  });

  test('answers revoked false at providers that do not revoke, or cannot be reached', async () => {
    const ada = await t.user();
    await connectKey(ada, 'stripe', 'sk_test_0123456789abcdef');
    expect((await t.call('DELETE', '/api/connectors/stripe', { token: ada.token })).body).toEqual({ provider: 'stripe', status: 'disconnected', revoked: false });
    await t.connectOAuth(ada, 'slack');
    await t.admin('PUT', '/providers/slack', { reachable: false });
    try {
      expect((await t.call('DELETE', '/api/connectors/slack', { token: ada.token })).body).toEqual({ provider: 'slack', status: 'disconnected', revoked: false });
    } finally {
      await t.admin('PUT', '/providers/slack', { reachable: true });
    }
  });

  test('an unknown provider, one never connected and one already disconnected are 404', async () => {
    const ada = await t.user();
    const unknown = await t.call('DELETE', '/api/connectors/myspace', { token: ada.token });
    expect([unknown.status, unknown.body.detail]).toEqual([404, expect.stringMatching(/^Unknown provider "myspace"/)]);
    const never = await t.call('DELETE', '/api/connectors/figma', { token: ada.token });
    expect([never.status, never.body.detail]).toEqual([404, `Figma is not connected for you in brand ${ada.brandId}: there is nothing to disconnect.`]);
    await connectKey(ada, 'figma', 'figd_0123456789abcdefghij');
    expect((await t.call('DELETE', '/api/connectors/figma', { token: ada.token })).status).toBe(200);
    expect((await t.call('DELETE', '/api/connectors/figma', { token: ada.token })).status).toBe(404);
  });
});
