import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  ReeveNetworkError,
  ReeveResponseValidationError,
  ReeveTimeoutError,
  ReeveValidationError,
  TransportError,
  createReeveClient,
  reeveCatalogEntries,
  sampleSystemEvent,
  type TransportRequest,
} from '@reeve/client';
import { createReeveClient as createCoreReeveClient } from '@integration-pack/core/reeve';
import { fakeTransport } from '../../../test-support/fake-transport';

const TOKEN = '3f1c9a2e-7b4d-4e8a-9c1f-2d3e4f5a6b7c';
const BASE = 'http://127.0.0.1:8787';
const CONNECTION = {
  provider: 'stripe',
  type: 'api_key',
  status: 'connected',
  account_name: 'Acme Inc.',
  brand_id: 'brand_acme',
  tools: ['reeve_revenue'],
  connected_at: '2026-11-20T09:30:00Z',
  expires_at: null,
  last_refreshed_at: null,
  status_reason: null,
};
const SUBSCRIPTION = {
  id: 'sub_1',
  url: 'https://hooks.example.com/reeve',
  events: ['github.push'],
  providers: [],
  description: null,
  status: 'active',
  created_at: '2026-11-23T10:00:00Z',
};

/** The answer the contract gives for each endpoint (docs/reeve-api.md §3). */
function answer(request: TransportRequest): { status: number; body?: unknown } {
  const { pathname } = new URL(request.url);
  if (pathname.endsWith('/authorize')) return { status: 200, body: { auth_url: 'https://acme-store.myshopify.com/admin/oauth/authorize?state=st_1' } };
  if (pathname.endsWith('/callback')) return { status: 200, body: { connected: true, provider: 'meta', account_name: 'Acme Ads Account' } };
  if (pathname === '/api/connectors/connect') return { status: 200, body: { connected: true, provider: 'stripe', account_name: 'Acme Inc.' } };
  if (pathname === '/api/connectors/list') return { status: 200, body: { connections: [CONNECTION] } };
  if (pathname === '/api/connectors/events') return { status: 200, body: { events: [sampleSystemEvent('github.push')] } };
  if (pathname === '/api/connectors/webhooks' && request.method === 'POST') return { status: 201, body: { ...SUBSCRIPTION, secret: 'whsec_exampleSigningSecretForTheDocsOnly000000000=' } };
  if (pathname === '/api/connectors/webhooks') return { status: 200, body: { webhooks: [SUBSCRIPTION] } };
  if (pathname.startsWith('/api/connectors/webhooks/')) return { status: 204 };
  return { status: 200, body: { provider: 'github', status: 'disconnected', revoked: true } };
}

function client(options: { brandId?: string; respond?: (request: TransportRequest) => { status: number; body?: unknown } } = {}) {
  const transport = fakeTransport(options.respond ?? answer);
  const reeve = createReeveClient({ sessionToken: TOKEN, baseUrl: `${BASE}/`, transport, ...(options.brandId ? { brandId: options.brandId } : {}) });
  return { reeve, transport };
}

function only<T>(items: readonly T[]): T {
  expect(items).toHaveLength(1);
  return items[0] as T;
}

describe('createReeveClient: every endpoint', () => {
  it('Get Authorization URL: GET /api/oauth/{provider}/authorize with the query, bearer and brand', async () => {
    const { reeve, transport } = client({ brandId: 'brand_acme' });
    const answered = await reeve.connections.getAuthorizationUrl({ provider: 'shopify', shop: 'acme-store.myshopify.com', redirect_uri: 'http://localhost:5678/back' });
    expect(answered.auth_url).toContain('myshopify.com');
    const request = only(transport.requests);
    expect(request.method).toBe('GET');
    expect(request.url).toBe(`${BASE}/api/oauth/shopify/authorize?redirect_uri=${encodeURIComponent('http://localhost:5678/back')}&shop=acme-store.myshopify.com`);
    expect(request.headers).toMatchObject({ authorization: `Bearer ${TOKEN}`, 'x-reeve-brand': 'brand_acme' });
    expect(request.headers['user-agent']).toMatch(/^reeve-client-js\/\d+\.\d+\.\d+/);
    expect(request.body).toBeUndefined();
    expect(request.safeToRetry).toBe(true);
  });

  it('Get Authorization URL sends the default redirect_uri, and no brand header without a brand', async () => {
    const { reeve, transport } = client();
    await reeve.connections.getAuthorizationUrl({ provider: 'meta' });
    const request = only(transport.requests);
    expect(new URL(request.url).searchParams.get('redirect_uri')).toBe('https://app.meetreeve.com/cockpit/connectors');
    expect(request.headers).not.toHaveProperty('x-reeve-brand');
    expect(request.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('Complete Authorization: GET /api/oauth/{provider}/callback with every redirect parameter, not retried', async () => {
    const { reeve, transport } = client();
    const result = await reeve.connections.completeAuthorization({ provider: 'meta', code: 'c0de', state: 'st_1' });
    expect(result).toEqual({ connected: true, provider: 'meta', account_name: 'Acme Ads Account' });
    const request = only(transport.requests);
    expect(request.url).toBe(`${BASE}/api/oauth/meta/callback?code=c0de&state=st_1`);
    expect(request.safeToRetry).toBe(false);
  });

  it("Complete Authorization passes on parameters the provider added to its redirect (Google's scope, authuser, prompt)", async () => {
    const { reeve, transport } = client();
    await reeve.connections.completeAuthorization({ provider: 'google_ads', code: 'c0de', state: 'st_1', scope: 'https://www.googleapis.com/auth/adwords', authuser: '0' });
    const url = new URL(only(transport.requests).url);
    expect(Object.fromEntries(url.searchParams)).toEqual({ code: 'c0de', state: 'st_1', scope: 'https://www.googleapis.com/auth/adwords', authuser: '0' });
  });

  it('Complete Authorization tells a refusal by connected: false', async () => {
    const { reeve } = client({ respond: () => ({ status: 200, body: { connected: false, provider: 'github', error: 'access_denied' } }) });
    const result = await reeve.connections.completeAuthorization({ provider: 'github', error: 'access_denied', state: 'st_1' });
    expect(result.connected ? 'connected' : result.error).toBe('access_denied');
  });

  it('Connect With API Key: POST /api/connectors/connect with the JSON body', async () => {
    const { reeve, transport } = client({ brandId: 'brand_acme' });
    const result = await reeve.connections.connectWithApiKey({ provider: 'zendesk', api_key: 'zd_token', config: { subdomain: 'acme', email: 'ops@acme.com' } });
    expect(result.account_name).toBe('Acme Inc.');
    const request = only(transport.requests);
    expect([request.method, request.url]).toEqual(['POST', `${BASE}/api/connectors/connect`]);
    expect(request.body).toEqual({ provider: 'zendesk', api_key: 'zd_token', config: { subdomain: 'acme', email: 'ops@acme.com' } });
    expect(request.headers).toMatchObject({ 'content-type': 'application/json', 'x-reeve-brand': 'brand_acme' });
  });

  it('List Connections: GET /api/connectors/list, parsed into Connections', async () => {
    const { reeve, transport } = client();
    const { connections } = await reeve.connections.list();
    expect(connections).toEqual([CONNECTION]);
    expect(only(transport.requests).url).toBe(`${BASE}/api/connectors/list`);
  });

  it('Disconnect Provider: DELETE /api/connectors/{provider}', async () => {
    const { reeve, transport } = client();
    expect(await reeve.connections.disconnect({ provider: 'github' })).toEqual({ provider: 'github', status: 'disconnected', revoked: true });
    const request = only(transport.requests);
    expect([request.method, request.url, request.body]).toEqual(['DELETE', `${BASE}/api/connectors/github`, undefined]);
  });

  it('List Events: GET /api/connectors/events with its filters and the default limit', async () => {
    const { reeve, transport } = client();
    const { events } = await reeve.events.list({ type: 'github.push', provider: 'github' });
    expect(events[0]?.type).toBe('github.push');
    expect(only(transport.requests).url).toBe(`${BASE}/api/connectors/events?type=github.push&provider=github&limit=20`);
  });

  it('Create Webhook Subscription: POST /api/connectors/webhooks, answered 201 with the secret', async () => {
    const { reeve, transport } = client();
    const created = await reeve.webhooks.create({ url: 'https://hooks.example.com/reeve', events: ['github.push'], providers: ['github'] });
    expect(created.secret).toMatch(/^whsec_/);
    const request = only(transport.requests);
    expect([request.method, request.url, request.body]).toEqual(['POST', `${BASE}/api/connectors/webhooks`, { url: 'https://hooks.example.com/reeve', events: ['github.push'], providers: ['github'] }]);
  });

  it('List Webhook Subscriptions: GET /api/connectors/webhooks', async () => {
    const { reeve, transport } = client();
    expect(await reeve.webhooks.list()).toEqual({ webhooks: [SUBSCRIPTION] });
    expect(only(transport.requests).method).toBe('GET');
  });

  it('Delete Webhook Subscription: DELETE /api/connectors/webhooks/{id}, the id encoded, nothing answered', async () => {
    const { reeve, transport } = client();
    expect(await reeve.webhooks.delete({ id: 'sub_1/..' })).toBeUndefined();
    expect(only(transport.requests).url).toBe(`${BASE}/api/connectors/webhooks/sub_1%2F..`);
  });

  it('has a method for every catalog operation (coverage)', () => {
    const { reeve } = client();
    const methods = reeve as unknown as Record<string, Record<string, unknown>>;
    const missing = reeveCatalogEntries.filter(({ group, name }) => typeof methods[group]?.[name] !== 'function').map(({ operation }) => operation.operationId);
    expect(missing).toEqual([]);
    expect(reeveCatalogEntries).toHaveLength(9);
  });
});

describe('createReeveClient: what it refuses before sending', () => {
  it.each([
    ['a missing API key', () => client().reeve.connections.connectWithApiKey({ provider: 'stripe' } as never), 'api_key', /api_key: is required/],
    ['an unknown provider', () => client().reeve.connections.disconnect({ provider: 'myspace' } as never), 'provider', /provider: /],
    ['a limit past 100', () => client().reeve.events.list({ limit: 500 }), 'limit', /limit: /],
    ['a plain-http webhook URL', () => client().reeve.webhooks.create({ url: 'http://hooks.example.com/x', events: ['github.push'] }), 'url', /url: must be an https URL, or http to a loopback address/],
    ['an unknown event', () => client().reeve.webhooks.create({ url: 'https://hooks.example.com/x', events: ['github.star'] as never }), 'events.0', /events\.0: /],
    ['a misspelled field', () => client().reeve.connections.connectWithApiKey({ provider: 'stripe', api_key: 'k', apikey: 'k' } as never), 'apikey', /apikey: is not a field/],
  ])('%s, naming the field', async (_, call, field, message) => {
    const error = await call().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ReeveValidationError);
    expect(error).toMatchObject({ local: true, category: 'validation' });
    expect((error as ReeveValidationError).issues.map((issue) => issue.field)).toContain(field);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toMatch(/not sent/);
  });

  it('sends nothing when it refuses', async () => {
    const { reeve, transport } = client();
    await expect(reeve.connections.connectWithApiKey({ provider: 'stripe' } as never)).rejects.toThrow(ReeveValidationError);
    expect(transport.requests).toHaveLength(0);
  });

  it('refuses to be made without a session token, naming where to get one', () => {
    expect(() => createReeveClient({ sessionToken: '', transport: fakeTransport() })).toThrow(/session token is required.*Sign in to Reeve/);
  });
});

describe('createReeveClient: answers it cannot use', () => {
  it('an answer that drifted from the catalog is a response error naming the field', async () => {
    const { reeve } = client({ respond: () => ({ status: 200, body: { connections: [{ ...CONNECTION, status: 'paused' }] } }) });
    const error = await reeve.connections.list().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ReeveResponseValidationError);
    expect(error).toMatchObject({ category: 'response', operationId: 'listConnections' });
    expect((error as Error).message).toMatch(/connections\.0\.status/);
  });

  it('validateResponses: false passes the body through as it came', async () => {
    const transport = fakeTransport(() => ({ status: 200, body: { connections: 'not a list' } }));
    const reeve = createReeveClient({ sessionToken: TOKEN, transport, validateResponses: false });
    expect(await reeve.connections.list()).toEqual({ connections: 'not a list' });
  });

  it('no answer is a network error naming Reeve and the base URL; a timeout says so', async () => {
    const refused = createReeveClient({ sessionToken: TOKEN, baseUrl: BASE, transport: async () => Promise.reject(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })) });
    const error = await refused.connections.list().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ReeveNetworkError);
    expect(error).toMatchObject({ category: 'network', code: 'ECONNREFUSED' });
    expect((error as Error).message).toBe(`Could not reach Reeve at ${BASE}: connect ECONNREFUSED. Check the base URL and your network, then try again.`);
    expect((error as Error).message).not.toContain(TOKEN);

    const slow = createReeveClient({ sessionToken: TOKEN, transport: async () => Promise.reject(new TransportError('timeout', 'timed out', { timeoutMs: 50 })) });
    const timeout = await slow.connections.list().catch((caught: unknown) => caught);
    expect(timeout).toBeInstanceOf(ReeveTimeoutError);
    expect((timeout as Error).message).toMatch(/Reeve did not answer within 50 ms/);
  });
});

describe('the default transport (axios) against a loopback server', () => {
  let server: http.Server;
  let baseUrl: string;
  const seen: { method?: string; url?: string; headers?: http.IncomingHttpHeaders; body?: string }[] = [];

  beforeAll(async () => {
    server = http.createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        seen.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body });
        if (request.headers.authorization !== `Bearer ${TOKEN}`) {
          response.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ detail: 'Not authenticated' }));
          return;
        }
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ connected: true, provider: 'stripe', account_name: 'Acme Inc.' }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => new Promise<void>((resolve) => server.close(() => resolve())));

  it('sends the request over HTTP and parses the answer', async () => {
    const reeve = createReeveClient({ sessionToken: TOKEN, brandId: 'brand_acme', baseUrl });
    expect(await reeve.connections.connectWithApiKey({ provider: 'stripe', api_key: 'sk_test_123' })).toEqual({ connected: true, provider: 'stripe', account_name: 'Acme Inc.' });
    const request = seen.at(-1);
    expect(request).toMatchObject({ method: 'POST', url: '/api/connectors/connect', headers: { 'x-reeve-brand': 'brand_acme' } });
    expect(JSON.parse(request?.body ?? '')).toEqual({ provider: 'stripe', api_key: 'sk_test_123' });
  });

  it("turns the server's 401 into the session error", async () => {
    const reeve = createReeveClient({ sessionToken: 'revoked-token', baseUrl });
    await expect(reeve.connections.list()).rejects.toMatchObject({ name: 'ReeveSessionExpiredError', status: 401, category: 'expired' });
  });

  it('reeve-core makes the same client over a transport of its own', async () => {
    const transport = fakeTransport(answer);
    const reeve = createCoreReeveClient({ sessionToken: TOKEN, transport });
    await reeve.connections.list();
    expect(only(transport.requests).url).toBe('https://services.meetreeve.com/api/connectors/list');
  });
});
