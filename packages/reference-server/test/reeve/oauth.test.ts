/**
 * Endpoints 1 and 2 (docs/reeve-api.md §3, §4 "OAuth"): the whole dance through the fake providers' `decision=`
 * shortcut for every OAuth provider, and every error row of the two endpoints.
 */
import { signShopifyCallback } from '@integration-pack/core/providers';
import { startReeveServer, type ReeveTestServer, type ReeveUserSession } from './support';

let t: ReeveTestServer;
let ada: ReeveUserSession;
const SHOP = 'acme-store.myshopify.com';

beforeAll(async () => {
  t = await startReeveServer();
  ada = await t.user();
});
afterAll(() => t.server.close());
afterEach(() => t.server.runtime.clock.restore());

const callback = (session: ReeveUserSession, provider: string, query: Record<string, string>) =>
  t.call('GET', `/api/oauth/${provider}/callback?${new URLSearchParams(query)}`, { token: session.token });

describe('the OAuth dance, for every OAuth provider', () => {
  test.each([
    ['meta', 'Acme Ads Account', 60 * 24 * 3600],
    ['google_ads', 'Acme Google Ads (123-456-7890)', 3600],
    ['tiktok_ads', 'Acme TikTok Ads', 24 * 3600],
    ['shopify', SHOP, 3600],
    ['github', 'acme-inc', 8 * 3600],
    ['slack', 'Acme Workspace', null],
  ])('%s connects, and is listed with its expiry', async (provider, accountName, lifetime) => {
    const user = await t.user();
    t.server.runtime.clock.freeze();
    const answer = await t.connectOAuth(user, provider, provider === 'shopify' ? { shop: SHOP } : {});
    expect([answer.status, answer.body]).toEqual([200, { connected: true, provider, account_name: accountName }]);
    const listed = (await t.call('GET', '/api/connectors/list', { token: user.token })).body.connections;
    const now = t.server.runtime.clock.nowMs();
    expect(listed).toEqual([
      {
        provider,
        type: 'oauth',
        status: 'connected',
        account_name: accountName,
        brand_id: user.brandId,
        tools: expect.any(Array),
        connected_at: new Date(now).toISOString(),
        expires_at: lifetime === null ? null : new Date(now + lifetime * 1000).toISOString(),
        last_refreshed_at: null,
        status_reason: null,
      },
    ]);
  });
});

describe('Authorize', () => {
  test('answers the consent URL with client_id, redirect_uri (Reeve cockpit by default), scope, state and a PKCE S256 challenge', async () => {
    const answer = await t.call('GET', '/api/oauth/github/authorize', { token: ada.token });
    expect(answer.status).toBe(200);
    const url = new URL(answer.body.auth_url);
    expect(url.pathname).toBe('/__providers/github/authorize');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code',
      client_id: 'reeve-reference-github',
      redirect_uri: 'https://app.meetreeve.com/cockpit/connectors',
      scope: 'repo read:org workflow',
      state: expect.stringMatching(/^[\w-]{32}$/),
      code_challenge: expect.stringMatching(/^[\w-]{43}$/),
      code_challenge_method: 'S256',
    });
    const again = new URL((await t.call('GET', '/api/oauth/github/authorize', { token: ada.token })).body.auth_url);
    expect(again.searchParams.get('state')).not.toBe(url.searchParams.get('state'));
  });

  test('takes an https redirect_uri or http to loopback, and refuses others with 422', async () => {
    const ok = await t.call('GET', `/api/oauth/slack/authorize?redirect_uri=${encodeURIComponent('http://127.0.0.1:5173/done')}`, { token: ada.token });
    expect(new URL(ok.body.auth_url).searchParams.get('redirect_uri')).toBe('http://127.0.0.1:5173/done');
    const refused = await t.call('GET', `/api/oauth/slack/authorize?redirect_uri=${encodeURIComponent('http://evil.example/cb')}`, { token: ada.token });
    expect(refused.status).toBe(422);
    expect(refused.body.detail[0]).toMatchObject({ loc: ['query', 'redirect_uri'] });
  });

  test('an unknown provider is 404, an API-key provider 400 pointing to Connect', async () => {
    const unknown = await t.call('GET', '/api/oauth/myspace/authorize', { token: ada.token });
    expect(unknown.status).toBe(404);
    expect(unknown.body.detail).toMatch(/^Unknown provider "myspace": choose one of meta, google_ads/);
    const apiKey = await t.call('GET', '/api/oauth/stripe/authorize', { token: ada.token });
    expect([apiKey.status, apiKey.body.detail]).toEqual([400, 'Stripe connects with an API key, not OAuth: use POST /api/connectors/connect with {"provider": "stripe", "api_key": "…"}.']);
  });

  test.each(['evil.myshopify.com.attacker.example', 'acme.shopify.com', 'https://acme.myshopify.com'])('a malformed shop (%s) is 422', async (shop) => {
    const answer = await t.call('GET', `/api/oauth/shopify/authorize?shop=${encodeURIComponent(shop)}`, { token: ada.token });
    expect(answer.status).toBe(422);
    expect(answer.body.detail[0]).toMatchObject({ loc: ['query', 'shop'] });
  });

  test('Shopify without a shop is 422 naming it', async () => {
    const answer = await t.call('GET', '/api/oauth/shopify/authorize', { token: ada.token });
    expect(answer.status).toBe(422);
    expect(answer.body.detail).toEqual([{ type: 'missing', loc: ['query', 'shop'], msg: expect.stringContaining('shop=acme-store.myshopify.com'), input: null }]);
  });
});

describe('Callback', () => {
  test('a refusal at the provider answers connected false, and uses the state up', async () => {
    const redirect = await t.approve(ada, 'github', { decision: 'deny' });
    expect(redirect).toEqual({ state: expect.any(String), error: 'access_denied', error_description: 'The user denied GitHub access.' });
    const answer = await callback(ada, 'github', redirect);
    expect([answer.status, answer.body]).toEqual([200, { connected: false, provider: 'github', error: 'access_denied', error_description: 'The user denied GitHub access.' }]);
    expect((await callback(ada, 'github', redirect)).status).toBe(400);
  });

  test('a missing or unknown state is 400', async () => {
    const missing = await callback(ada, 'meta', { code: 'abc' });
    expect([missing.status, missing.body.detail]).toEqual([400, 'The callback has no state: start again with GET /api/oauth/meta/authorize.']);
    const unknown = await callback(ada, 'meta', { code: 'abc', state: 'made-up' });
    expect([unknown.status, unknown.body.detail]).toEqual([400, 'The state is unknown or older than 10 minutes: start again with GET /api/oauth/meta/authorize.']);
  });

  test('a state is good for 10 minutes on the server clock', async () => {
    // A refusal carries no code (codes live 5 minutes), so the state alone decides.
    t.server.runtime.clock.freeze();
    const fresh = await t.approve(ada, 'slack', { decision: 'deny' });
    t.server.runtime.clock.advance(600);
    expect((await callback(ada, 'slack', fresh)).body).toMatchObject({ connected: false });
    const stale = await t.approve(ada, 'slack', { decision: 'deny' });
    t.server.runtime.clock.advance(601);
    const answer = await callback(ada, 'slack', stale);
    expect([answer.status, answer.body.detail]).toEqual([400, 'The state is unknown or older than 10 minutes: start again with GET /api/oauth/slack/authorize.']);
  });

  test('a state works once', async () => {
    const redirect = await t.approve(ada, 'slack');
    expect((await callback(ada, 'slack', redirect)).status).toBe(200);
    const again = await callback(ada, 'slack', redirect);
    expect([again.status, again.body.detail]).toEqual([400, 'The state was already used: start again with GET /api/oauth/slack/authorize.']);
  });

  test('a state issued for another user, brand or provider is 400, and stays good for its own', async () => {
    const bob = await t.user();
    const shared = (await t.admin('POST', '/brands', { name: 'Shared', member_ids: [ada.userId, bob.userId] })).body;
    const redirect = await t.approve(ada, 'google_ads');
    const otherUser = await callback(bob, 'google_ads', redirect);
    expect([otherUser.status, otherUser.body.detail]).toEqual([400, expect.stringMatching(/^The state was issued for another user, brand or provider/)]);
    const otherBrand = await t.call('GET', `/api/oauth/google_ads/callback?${new URLSearchParams(redirect)}`, { token: ada.token, brand: shared.id });
    expect(otherBrand.status).toBe(400);
    expect((await callback(ada, 'meta', redirect)).status).toBe(400);
    expect((await callback(ada, 'google_ads', redirect)).body).toMatchObject({ connected: true });
  });

  test('a code the provider refuses is 400: unknown, or refused once through reject_next_code', async () => {
    const tampered = await t.approve(ada, 'tiktok_ads');
    const unknown = await callback(ada, 'tiktok_ads', { ...tampered, code: 'not-a-code' });
    expect([unknown.status, unknown.body.detail]).toEqual([400, expect.stringMatching(/^TikTok Ads refused the authorization code \(invalid_grant: The authorization code is unknown\.\)/)]);
    expect((await t.admin('PUT', '/providers/tiktok_ads', { reject_next_code: true })).body).toMatchObject({ reject_next_code: true });
    const refused = await callback(ada, 'tiktok_ads', await t.approve(ada, 'tiktok_ads'));
    expect([refused.status, refused.body.detail]).toEqual([400, expect.stringContaining('(reject_next_code)')]);
    expect((await callback(ada, 'tiktok_ads', await t.approve(ada, 'tiktok_ads'))).status).toBe(200);
  });

  test('a code past its 5 minutes is 400', async () => {
    t.server.runtime.clock.freeze();
    const redirect = await t.approve(ada, 'github');
    t.server.runtime.clock.advance(301);
    const answer = await callback(ada, 'github', redirect);
    expect([answer.status, answer.body.detail]).toEqual([400, expect.stringMatching(/^GitHub refused the authorization code \(invalid_grant: The authorization code has expired\.\)/)]);
  });

  test('a provider that cannot be reached is 502, naming it', async () => {
    const redirect = await t.approve(ada, 'meta');
    await t.admin('PUT', '/providers/meta', { reachable: false });
    try {
      const answer = await callback(ada, 'meta', redirect);
      expect([answer.status, answer.body.detail]).toEqual([502, 'Meta Ads could not be reached: nothing was changed. Try again in a moment.']);
    } finally {
      await t.admin('PUT', '/providers/meta', { reachable: true });
    }
  });

  describe("Shopify's signed redirect", () => {
    const secret = () => t.server.runtime.reeve.providers.clientSecret('shopify');

    test('carries shop, timestamp, host and a valid hmac', async () => {
      const redirect = await t.approve(ada, 'shopify', { shop: SHOP });
      expect(Object.keys(redirect).sort()).toEqual(['code', 'hmac', 'host', 'shop', 'state', 'timestamp']);
      const { hmac, ...signed } = redirect;
      expect(hmac).toBe(signShopifyCallback(signed, secret()));
      expect((await callback(ada, 'shopify', redirect)).body).toEqual({ connected: true, provider: 'shopify', account_name: SHOP });
    });

    test('a bad hmac is 400 and leaves the state usable', async () => {
      const redirect = await t.approve(ada, 'shopify', { shop: SHOP });
      const forged = await callback(ada, 'shopify', { ...redirect, hmac: '0'.repeat(64) });
      expect([forged.status, forged.body.detail]).toEqual([400, expect.stringMatching(/^The Shopify callback has an hmac that does not match its parameters/)]);
      const changed = await callback(ada, 'shopify', { ...redirect, host: 'ZXZpbA' });
      expect(changed.status).toBe(400);
      expect((await callback(ada, 'shopify', redirect)).status).toBe(200);
    });

    test('a timestamp more than 90 s away on real time is 400; moving the server clock does not matter', async () => {
      const redirect = await t.approve(ada, 'shopify', { shop: SHOP });
      const { hmac: _hmac, ...signed } = redirect;
      const stale = { ...signed, timestamp: String(Math.floor(Date.now() / 1000) - 91) };
      const answer = await callback(ada, 'shopify', { ...stale, hmac: signShopifyCallback(stale, secret()) });
      expect([answer.status, answer.body.detail]).toEqual([400, expect.stringMatching(/^The Shopify callback has a timestamp more than 90 seconds away/)]);
      t.server.runtime.clock.freeze();
      t.server.runtime.clock.advance(4 * 60);
      expect((await callback(ada, 'shopify', redirect)).status).toBe(200);
    });

    test('a redirect for another shop than the one authorized is 400', async () => {
      const redirect = await t.approve(ada, 'shopify', { shop: SHOP });
      const { hmac: _hmac, ...signed } = redirect;
      const moved = { ...signed, shop: 'other.myshopify.com' };
      const answer = await callback(ada, 'shopify', { ...moved, hmac: signShopifyCallback(moved, secret()) });
      expect([answer.status, answer.body.detail]).toEqual([400, expect.stringMatching(/^The Shopify callback is for shop other\.myshopify\.com, but the authorization was started for acme-store\.myshopify\.com/)]);
    });
  });
});
