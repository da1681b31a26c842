/**
 * The fake providers over HTTP (docs/reeve-api.md §6 "Fake providers"): the consent page, the token endpoint
 * (PKCE, single-use short-lived codes, refresh grants), RFC 7009 revocation and key checks.
 */
import { createHash } from 'node:crypto';
import { startReeveServer, type ReeveTestServer, type ReeveUserSession } from './support';

let t: ReeveTestServer;
let ada: ReeveUserSession;

beforeAll(async () => {
  t = await startReeveServer();
  ada = await t.user();
});
afterAll(() => t.server.close());
afterEach(() => t.server.runtime.clock.restore());

const form = (fields: Record<string, string>) => ({ payload: new URLSearchParams(fields).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } });

async function post(path: string, fields: Record<string, string>) {
  const response = await t.server.app.inject({ method: 'POST', url: path, ...form(fields) });
  return { status: response.statusCode, headers: response.headers, body: response.json() };
}

/** A consent approved with our own PKCE pair, as a client other than the Reeve endpoints would do it. */
async function codeFor(provider: string, verifier: string) {
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const query = new URLSearchParams({ response_type: 'code', client_id: `reeve-reference-${provider}`, redirect_uri: 'https://app.example/cb', state: 's1', code_challenge: challenge, code_challenge_method: 'S256', decision: 'approve' });
  const response = await t.server.app.inject({ method: 'GET', url: `/__providers/${provider}/authorize?${query}` });
  expect(response.statusCode).toBe(302);
  return new URL(String(response.headers.location)).searchParams.get('code') as string;
}

const VERIFIER = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
const exchange = (provider: string, code: string, verifier = VERIFIER) =>
  post(`/__providers/${provider}/token`, { grant_type: 'authorization_code', code, code_verifier: verifier, redirect_uri: 'https://app.example/cb', client_id: `reeve-reference-${provider}` });

describe('consent page', () => {
  test("shows the provider's name, the scopes, and labelled Approve and Deny buttons that keep the request", async () => {
    const authUrl = new URL((await t.call('GET', '/api/oauth/google_ads/authorize', { token: ada.token })).body.auth_url);
    const page = await t.server.app.inject({ method: 'GET', url: `${authUrl.pathname}${authUrl.search}` });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body).toContain('<h1>Connect Reeve to Google Ads</h1>');
    expect(page.body).toContain('<code>https://www.googleapis.com/auth/adwords</code>');
    expect(page.body).toContain('<button type="submit" name="decision" value="approve">Approve</button>');
    expect(page.body).toContain('<button type="submit" name="decision" value="deny">Deny</button>');
    expect(page.body).toContain(`<input type="hidden" name="state" value="${authUrl.searchParams.get('state')}">`);
  });

  test('a request with a wrong client_id or without PKCE is shown an error, never redirected (RFC 6749 §4.1.2.1)', async () => {
    const bad = await t.server.app.inject({ method: 'GET', url: '/__providers/slack/authorize?client_id=someone&redirect_uri=https://evil.example/&state=x&decision=approve' });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers.location).toBeUndefined();
    expect(bad.body).toContain('Unknown client_id');
    const noPkce = await t.server.app.inject({ method: 'GET', url: '/__providers/slack/authorize?client_id=reeve-reference-slack&redirect_uri=https://app.example/&state=x&decision=approve' });
    expect([noPkce.statusCode, noPkce.body.includes('code_challenge_method=S256')]).toEqual([400, true]);
  });

  test('a redirect_uri Authorize would refuse is refused too: the fake provider is no open redirect', async () => {
    const query = new URLSearchParams({ client_id: 'reeve-reference-slack', redirect_uri: 'http://evil.example/cb', state: 'x', code_challenge: 'c', code_challenge_method: 'S256', decision: 'approve' });
    const answer = await t.server.app.inject({ method: 'GET', url: `/__providers/slack/authorize?${query}` });
    expect([answer.statusCode, answer.headers.location]).toEqual([400, undefined]);
    expect(answer.body).toContain('The redirect_uri must be an https URL, or http to a loopback address');
  });

  test('an API-key provider or an unknown one has no consent page', async () => {
    expect((await t.server.app.inject({ method: 'GET', url: '/__providers/stripe/authorize' })).statusCode).toBe(404);
    expect((await t.server.app.inject({ method: 'GET', url: '/__providers/nobody/authorize' })).statusCode).toBe(404);
  });
});

describe('token endpoint', () => {
  test('exchanges a code once, with the matching PKCE verifier, and no caching', async () => {
    const code = await codeFor('github', VERIFIER);
    const answer = await exchange('github', code);
    expect(answer.status).toBe(200);
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(answer.body).toEqual({
      access_token: expect.stringMatching(/^at_/),
      token_type: 'bearer',
      expires_in: 8 * 3600,
      refresh_token: expect.stringMatching(/^rt_/),
      refresh_token_expires_in: 183 * 24 * 3600,
      scope: 'repo read:org workflow',
      account_name: 'acme-inc',
    });
    const reused = await exchange('github', code);
    expect([reused.status, reused.body]).toEqual([400, { error: 'invalid_grant', error_description: 'The authorization code was already used.' }]);
  });

  test('a reused code also revokes what it gave (RFC 6749 §4.1.2)', async () => {
    const code = await codeFor('google_ads', VERIFIER);
    const first = (await exchange('google_ads', code)).body;
    await exchange('google_ads', code);
    const refreshed = await post('/__providers/google_ads/token', { grant_type: 'refresh_token', refresh_token: first.refresh_token });
    expect([refreshed.status, refreshed.body.error]).toEqual([400, 'invalid_grant']);
  });

  test('a PKCE mismatch is invalid_grant', async () => {
    const code = await codeFor('slack', VERIFIER);
    const answer = await exchange('slack', code, 'another-verifier-of-enough-length-0000000000000');
    expect([answer.status, answer.body]).toEqual([400, { error: 'invalid_grant', error_description: 'PKCE verification failed: the code_verifier does not match the code_challenge.' }]);
  });

  test('a code lives 5 minutes on the server clock', async () => {
    t.server.runtime.clock.freeze();
    const code = await codeFor('meta', VERIFIER);
    t.server.runtime.clock.advance(301);
    expect((await exchange('meta', code)).body).toEqual({ error: 'invalid_grant', error_description: 'The authorization code has expired.' });
  });

  test('refresh grants follow the model: Google keeps its refresh token, Shopify rotates it, Meta exchanges a live token, Slack has none', async () => {
    const google = (await exchange('google_ads', await codeFor('google_ads', VERIFIER))).body;
    const renewed = (await post('/__providers/google_ads/token', { grant_type: 'refresh_token', refresh_token: google.refresh_token })).body;
    expect(renewed.refresh_token).toBeUndefined();
    expect((await post('/__providers/google_ads/token', { grant_type: 'refresh_token', refresh_token: google.refresh_token })).status).toBe(200);

    const meta = (await exchange('meta', await codeFor('meta', VERIFIER))).body;
    const exchanged = await post('/__providers/meta/token', { grant_type: 'fb_exchange_token', fb_exchange_token: meta.access_token });
    expect([exchanged.status, exchanged.body.expires_in, exchanged.body.refresh_token]).toEqual([200, 60 * 24 * 3600, undefined]);

    const slack = (await exchange('slack', await codeFor('slack', VERIFIER))).body;
    expect([slack.expires_in, slack.refresh_token]).toEqual([undefined, undefined]);
    expect((await post('/__providers/slack/token', { grant_type: 'refresh_token', refresh_token: 'x' })).body.error).toBe('unsupported_grant_type');
  });

  test('an unknown client is 401 invalid_client; an unreachable provider 503', async () => {
    const code = await codeFor('github', VERIFIER);
    const answer = await post('/__providers/github/token', { grant_type: 'authorization_code', code, code_verifier: VERIFIER, redirect_uri: 'https://app.example/cb', client_id: 'someone' });
    expect([answer.status, answer.body.error]).toEqual([401, 'invalid_client']);
    await t.admin('PUT', '/providers/github', { reachable: false });
    try {
      expect((await exchange('github', code)).status).toBe(503);
    } finally {
      await t.admin('PUT', '/providers/github', { reachable: true });
    }
  });
});

describe('revocation (RFC 7009) and key checks', () => {
  test('revoke answers 200 for a live token and for an unknown one; the revoked grant cannot refresh', async () => {
    const github = (await exchange('github', await codeFor('github', VERIFIER))).body;
    expect((await post('/__providers/github/revoke', { token: github.access_token })).status).toBe(200);
    expect((await post('/__providers/github/revoke', { token: 'never-issued' })).status).toBe(200);
    expect((await post('/__providers/github/token', { grant_type: 'refresh_token', refresh_token: github.refresh_token })).body.error).toBe('invalid_grant');
    expect((await post('/__providers/github/revoke', {})).status).toBe(400);
  });

  test('key checks accept a well-formed key and refuse others with the reason', async () => {
    const check = (provider: string, body: unknown) => t.server.app.inject({ method: 'POST', url: `/__providers/${provider}/keys/check`, payload: body as object });
    expect((await check('stripe', { api_key: 'sk_test_0123456789abcdef' })).json()).toEqual({ account_name: 'Acme (Stripe)' });
    const refused = await check('stripe', { api_key: 'pk_test_0123456789abcdef' });
    expect([refused.statusCode, refused.json().error_description]).toEqual([401, 'a Stripe key starts with sk_live_ or sk_test_ or rk_live_ or rk_test_']);
  });
});
