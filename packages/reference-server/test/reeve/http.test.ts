/**
 * Reeve served beside Reevo in one process (docs/reeve-api.md §1): bearer sessions, the brand header, FastAPI's
 * error shapes, each API's own not-found and faults under its own prefixes, the hardening Reevo has (body limit,
 * JSON bodies, journal), and Reeve's own OpenAPI document.
 */
import { reeveApi } from '@integration-pack/core/reeve/api';
import { DEFAULT_LIMITS } from '../../src/runtime/limits';
import { startReeveServer, type ReeveTestServer, type ReeveUserSession } from './support';

let t: ReeveTestServer;
let ada: ReeveUserSession;

beforeAll(async () => {
  t = await startReeveServer();
  ada = await t.user();
});
afterAll(() => t.server.close());
afterEach(() => {
  t.server.runtime.clock.restore();
  t.server.runtime.faults.clear();
});

const NOT_AUTHENTICATED = { detail: 'Not authenticated' };

describe('authentication', () => {
  test.each([
    ['missing', {}],
    ['unknown', { authorization: 'Bearer 6f1c1a3e-0000-4000-8000-000000000000' }],
    ['not a bearer', { authorization: 'Basic abc' }],
  ])('a %s token is 401 Not authenticated', async (_case, headers) => {
    const answer = await t.call('GET', '/api/connectors/list', { headers });
    expect([answer.status, answer.body, answer.headers['www-authenticate']]).toEqual([401, NOT_AUTHENTICATED, 'Bearer']);
  });

  test('a session unused for 30 days is 401; each use starts its 30 days again', async () => {
    const user = await t.user();
    t.server.runtime.clock.freeze();
    t.server.runtime.clock.advance(29 * 24 * 3600);
    expect((await t.call('GET', '/api/connectors/list', { token: user.token })).status).toBe(200);
    t.server.runtime.clock.advance(29 * 24 * 3600);
    expect((await t.call('GET', '/api/connectors/list', { token: user.token })).status).toBe(200);
    t.server.runtime.clock.advance(30 * 24 * 3600 + 1);
    expect(await t.call('GET', '/api/connectors/list', { token: user.token })).toMatchObject({ status: 401, body: NOT_AUTHENTICATED });
  });

  test('every operation asks for the session, before validating anything', async () => {
    expect((await t.call('GET', '/api/oauth/meta/authorize')).status).toBe(401);
    expect((await t.call('GET', '/api/oauth/meta/callback?state=x')).status).toBe(401);
    expect((await t.call('POST', '/api/connectors/connect', { body: {} })).status).toBe(401);
    expect((await t.call('DELETE', '/api/connectors/stripe')).status).toBe(401);
  });

  test('a brand the user is not a member of is 403 naming it; an unknown one too', async () => {
    const bob = await t.user();
    expect(await t.call('GET', '/api/connectors/list', { token: ada.token, brand: bob.brandId })).toMatchObject({ status: 403, body: { detail: `You are not a member of brand ${bob.brandId}` } });
    expect(await t.call('GET', '/api/connectors/list', { token: ada.token, brand: 'brand_nope' })).toMatchObject({ status: 403, body: { detail: 'You are not a member of brand brand_nope' } });
  });
});

describe('two APIs, each with its own paths', () => {
  test("a path under a Reeve prefix that no route takes is Reeve's 404 or 405; Reevo's stay Reevo's", async () => {
    for (const path of ['/api/connectors/nothing/here', '/api/oauth/meta', '/api/webhooks/stripe/x/y/z']) {
      expect(await t.call('GET', path)).toMatchObject({ status: 404, body: { detail: 'Not Found' } });
    }
    const wrongMethod = await t.call('PUT', '/api/connectors/list');
    expect([wrongMethod.status, wrongMethod.headers.allow, wrongMethod.body]).toEqual([405, 'GET, HEAD', { detail: 'Method Not Allowed' }]);
    expect(await t.call('GET', '/api/v1/public/nothing_here')).toMatchObject({ status: 404, body: { detail: 'Not Found' } });
    const reevoWrongMethod = await t.call('PUT', '/api/v1/public/accounts/search');
    expect([reevoWrongMethod.status, reevoWrongMethod.headers.allow]).toEqual([405, 'POST']);
  });

  test("faults answer in each API's own shape, also on paths no route takes", async () => {
    t.server.runtime.faults.add({ method: 'GET', path: '/api/connectors/nothing', status: 429, times: 1 });
    t.server.runtime.faults.add({ method: 'GET', path: '/api/v1/public/nothing', status: 429, times: 1 });
    const reeve = await t.call('GET', '/api/connectors/nothing');
    expect([reeve.status, reeve.body, reeve.headers['retry-after']]).toEqual([429, { detail: 'Too Many Requests' }, '1']);
    const reevo = await t.call('GET', '/api/v1/public/nothing');
    expect(reevo.status).toBe(429);
    expect(reevo.body).not.toEqual({ detail: 'Too Many Requests' });
  });

  test("a 422 fault is FastAPI's detail[], which Reeve's client reads as a validation error", async () => {
    t.server.runtime.faults.add({ method: 'POST', path: '/api/connectors/connect', status: 422, times: 1 });
    const answer = await t.call('POST', '/api/connectors/connect', { token: ada.token, body: { provider: 'stripe', api_key: 'sk_test_0123456789abcdef' } });
    expect([answer.status, answer.body]).toEqual([422, { detail: [{ type: 'value_error', loc: ['body'], msg: 'Injected fault: HTTP 422 (set through /__admin/faults).', input: null }] }]);
    const parsed = reeveApi.errors.fromResponse({ status: 422, headers: {}, body: answer.body }, 'connectWithApiKey');
    expect(parsed).toMatchObject({ issues: [expect.objectContaining({ location: 'body' })] });
  });

  test('a fault on a Reeve operation answers before it runs, and the journal names the caller', async () => {
    t.server.runtime.faults.add({ method: 'GET', path: '/api/connectors/list', status: 503, times: 1 });
    const answer = await t.call('GET', '/api/connectors/list', { token: ada.token });
    expect([answer.status, answer.body]).toEqual([503, { detail: 'Service Unavailable' }]);
    expect(t.server.runtime.journal.list().at(-1)).toMatchObject({ path: '/api/connectors/list', status: 503, owner: ada.userId, credential: `session ****${ada.token.slice(-4)}`, keyName: null });
  });

  test('the fake providers are neither faulted nor journaled, and are not the admin API', async () => {
    t.server.runtime.faults.add({ method: 'GET', path: '/__providers/slack/authorize', status: 500 });
    const before = t.server.runtime.journal.list().length;
    const page = await t.server.app.inject({ method: 'GET', url: '/__providers/slack/authorize', remoteAddress: '203.0.113.9' });
    expect(page.statusCode).toBe(400);
    expect(t.server.runtime.journal.list()).toHaveLength(before);
  });
});

describe('hardening, as Reevo has it', () => {
  test('a body past the limit is 413 naming body_bytes', async () => {
    const answer = await t.call('POST', '/api/connectors/connect', { token: ada.token, body: JSON.stringify({ provider: 'stripe', api_key: 'x'.repeat(DEFAULT_LIMITS.bodyBytes) }) });
    expect(answer.status).toBe(413);
    expect(answer.body.detail).toContain('body_bytes');
  });

  test('a body that is not JSON is 422; malformed JSON is 422 json_invalid; __proto__ keys are refused', async () => {
    const form = await t.call('POST', '/api/connectors/connect', { token: ada.token, body: 'provider=stripe', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect([form.status, form.body.detail[0].loc]).toEqual([422, ['body']]);
    const malformed = await t.call('POST', '/api/connectors/connect', { token: ada.token, body: '{"provider": ' });
    expect([malformed.status, malformed.body.detail[0].type]).toEqual([422, 'json_invalid']);
    const hostile = await t.call('POST', '/api/connectors/connect', { token: ada.token, body: '{"provider": "stripe", "api_key": "sk_test_0123456789abcdef", "__proto__": {"x": 1}}' });
    expect(hostile.status).toBe(422);
  });

  test('the journal records the user and a masked session, never the token or a key', async () => {
    const user = await t.user();
    const key = 'sk_test_journal0123456789';
    await t.call('POST', '/api/connectors/connect', { token: user.token, body: { provider: 'stripe', api_key: key } });
    await t.connectOAuth(user, 'github');
    const entries = t.server.runtime.journal.list({ owner: user.userId });
    expect(entries.map((entry) => entry.operationId)).toEqual(['connectWithApiKey', 'getAuthorizationUrl', 'completeAuthorization']);
    const journal = JSON.stringify(t.server.runtime.journal.list());
    expect(journal).not.toContain(user.token);
    expect(journal).not.toContain(key);
    const row = t.server.runtime.reeve.state.connection(user.userId, user.brandId, 'github');
    const { access_token } = t.server.runtime.reeve.sealer.open(row?.credentials as never) as { access_token: string };
    expect(journal).not.toContain(access_token);
  });
});

describe('OpenAPI', () => {
  test('/reeve/openapi.json describes Reeve and its admin routes with the bearer scheme; /openapi.json stays Reevo’s', async () => {
    const reeve = (await t.call('GET', '/reeve/openapi.json')).body;
    expect(reeve.info.title).toBe('Reeve Connectors API (reference server)');
    expect(reeve.security).toEqual([{ reeveSession: [] }]);
    expect(Object.keys(reeve.components.securitySchemes)).toEqual(['reeveSession']);
    expect(Object.keys(reeve.paths)).toEqual(expect.arrayContaining(['/api/oauth/{provider}/authorize', '/api/oauth/{provider}/callback', '/api/connectors/connect', '/api/connectors/list', '/api/connectors/{provider}', '/__admin/reeve/users', '/__admin/reeve/connections']));
    expect(Object.keys(reeve.paths).filter((path) => path.startsWith('/api/v1/public') || path === '/__admin/clock')).toEqual([]);
    expect(reeve.paths['/api/connectors/list'].get.security).toBeUndefined();
    const reevo = (await t.call('GET', '/openapi.json')).body;
    expect(Object.keys(reevo.paths).filter((path) => path.startsWith('/api/oauth') || path.startsWith('/api/connectors') || path.startsWith('/__admin/reeve'))).toEqual([]);
    expect(Object.keys(reevo.components.securitySchemes)).toEqual(['apiKey']);
  });
});
