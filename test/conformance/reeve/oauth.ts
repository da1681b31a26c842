/**
 * The OAuth dance (docs/reeve-api.md §3 endpoints 1–2, §4 "OAuth", §6 "Fake providers"), finished without a browser
 * through the consent page's `decision=` shortcut: every OAuth provider connects, and each rule on `state`, the code
 * and Shopify's signed callback is enforced.
 */
import { createHmac } from 'node:crypto';
import { PROVIDER_SLUGS, REEVE_PROVIDERS, type ProviderSlug } from '@reevo/client/reeve-catalog';
import { callback, connectOAuth, listConnections, redirectAfter, SHOP } from './connect';
import { expectDetail } from './expectations';
import type { ReeveAdminSession } from './target';

const OAUTH_PROVIDERS = PROVIDER_SLUGS.filter((slug) => REEVE_PROVIDERS[slug].kind === 'oauth');

/** Shopify's callback signature (docs/reeve-api.md §5): every parameter but `hmac` and `signature`, sorted, as key=value joined by &. */
function shopifyHmac(query: URLSearchParams, secret: string): string {
  const message = [...query]
    .filter(([name]) => name !== 'hmac' && name !== 'signature')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
  return createHmac('sha256', secret).update(message).digest('hex');
}

export function describeOAuth(session: () => ReeveAdminSession) {
  it.each(OAUTH_PROVIDERS)('%s: authorize, approve, callback, listed as connected; its tokens stored encrypted', async (provider: ProviderSlug) => {
    const user = await session().admin.user();
    const answer = await connectOAuth(session(), user, provider);
    expect(answer.account_name).toEqual(expect.any(String));
    const [listed] = await listConnections(session(), user);
    expect(listed).toMatchObject({ provider, type: 'oauth', status: 'connected', account_name: answer.account_name, tools: [...REEVE_PROVIDERS[provider].tools] });
    const [stored] = await session().admin.connections(user.id);
    expect(stored?.credentials).toEqual({ ciphertext: expect.any(String), iv: expect.any(String), tag: expect.any(String) });
    expect(Buffer.from(stored!.credentials!.iv, 'base64')).toHaveLength(12);
    expect(Buffer.from(stored!.credentials!.tag, 'base64')).toHaveLength(16);
  });

  it('Shopify\'s redirect carries shop, timestamp, host and a valid hmac', async () => {
    const user = await session().admin.user();
    const query = await redirectAfter(session(), user, 'shopify');
    expect(Object.fromEntries(query)).toMatchObject({ code: expect.any(String), state: expect.any(String), shop: SHOP, timestamp: expect.stringMatching(/^\d+$/), host: expect.any(String), hmac: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('a denied consent answers connected: false with the provider\'s error, and connects nothing', async () => {
    const user = await session().admin.user();
    const query = await redirectAfter(session(), user, 'google_ads', 'deny');
    expect(query.get('error')).toBe('access_denied');
    expect(query.has('code')).toBe(false);
    const answer = await callback(session(), user, 'google_ads', query);
    expect(answer).toMatchObject({ status: 200, body: { connected: false, provider: 'google_ads', error: 'access_denied' } });
    expect(await listConnections(session(), user)).toEqual([]);
  });

  it('a state can be used once', async () => {
    const user = await session().admin.user();
    const query = await redirectAfter(session(), user, 'github');
    expect((await callback(session(), user, 'github', query)).status).toBe(200);
    expectDetail(await callback(session(), user, 'github', query), 400, /state/i);
  });

  it('a state issued for another user, provider or brand is refused, and stays good for its own', async () => {
    const { admin } = session();
    const [user, other] = [await admin.user(), await admin.user()];
    const brand = await admin.brand('Both Of Them', [user.id, other.id]);
    const query = await redirectAfter(session(), user, 'github');
    expectDetail(await callback(session(), other, 'github', query), 400, /state/i);
    expectDetail(await callback(session(), user, 'slack', query), 400, /state/i);
    expectDetail(await callback(session(), { token: user.token, brand: brand.id }, 'github', query), 400, /state/i);
    expect((await callback(session(), user, 'github', query)).body).toMatchObject({ connected: true, provider: 'github' });
  });

  it('a state older than 10 minutes is refused', async () => {
    const user = await session().admin.user();
    const query = await redirectAfter(session(), user, 'slack');
    await session().admin.advanceClock(10 * 60 + 1);
    expectDetail(await callback(session(), user, 'slack', query), 400, /state/i);
  });

  it('a code the provider refuses (invalid_grant) is 400; the provider refuses only the next one', async () => {
    const user = await session().admin.user();
    await session().admin.provider('tiktok_ads', { reject_next_code: true });
    expectDetail(await callback(session(), user, 'tiktok_ads', await redirectAfter(session(), user, 'tiktok_ads')), 400, /code|invalid_grant/i);
    expect(await listConnections(session(), user)).toEqual([]);
    await connectOAuth(session(), user, 'tiktok_ads');
  });

  it('Shopify: a callback whose hmac does not match, or whose timestamp is more than 90 s away, is 400', async () => {
    const { admin } = session();
    const user = await admin.user();
    await connectOAuth(session(), user, 'shopify');
    const appSecret = (await admin.connections(user.id))[0]?.webhook?.secret;
    expect(appSecret).toEqual(expect.any(String));

    const other = await admin.user();
    const tampered = await redirectAfter(session(), other, 'shopify');
    tampered.set('shop', 'someone-else.myshopify.com');
    expectDetail(await callback(session(), other, 'shopify', tampered), 400, /hmac/i);

    const stale = await redirectAfter(session(), other, 'shopify');
    stale.set('timestamp', String(Math.floor(Date.now() / 1000) - 120));
    stale.set('hmac', shopifyHmac(stale, appSecret!));
    expectDetail(await callback(session(), other, 'shopify', stale), 400, /timestamp/i);

    // The same re-signing with a current timestamp is accepted: the refusals above are the hmac's and the window's.
    const resigned = await redirectAfter(session(), other, 'shopify');
    resigned.set('timestamp', String(Math.floor(Date.now() / 1000)));
    resigned.set('hmac', shopifyHmac(resigned, appSecret!));
    expect((await callback(session(), other, 'shopify', resigned)).body).toMatchObject({ connected: true, provider: 'shopify' });
  });
}
