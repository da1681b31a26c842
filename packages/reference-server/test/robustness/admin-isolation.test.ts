/**
 * Nothing but the operator on this machine reaches the admin API (issue 12, findings 1, 4 and 7): not a webhook
 * delivery, not another web site's page (simple cross-site requests, DNS rebinding), not a path spelled another way;
 * and beyond loopback, not without the token printed at start. The guard stands in front of every path under
 * `/__admin`, routes added later included.
 */
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { sampleEvent } from '@integration-pack/core/reevo/api';
import { generateWebhookSecret } from '@integration-pack/core/reevo/webhooks';
import Fastify from 'fastify';
import { registerAdminGuard } from '../../src/admin/admin-guard';
import { adminTokenFor } from '../../src/admin/admin-token';
import { banner, exposureWarning } from '../../src/cli/banner';
import { registerErrorHandler } from '../../src/http/error-handler';
import { registerTrafficHooks } from '../../src/http/traffic-hooks';
import { ReferenceRuntime } from '../../src/runtime/reference-runtime';
import { createReferenceServer, type ReferenceServer } from '../../src/server';
import { reevoWebhookEvents } from '../../src/reevo/webhook-events';
import { createWebhookDispatcher } from '../../src/webhooks';

const servers: ReferenceServer[] = [];
afterAll(() => Promise.all(servers.map((server) => server.close())));

async function start(options: Parameters<typeof createReferenceServer>[0] = {}): Promise<ReferenceServer> {
  const server = await createReferenceServer({ seed: 'demo', timeScale: 0.000001, ...options });
  servers.push(server);
  return server;
}

/** A workspace made through the admin API: a reset removes it, so its presence proves no reset happened. */
async function addWorkspace(server: ReferenceServer): Promise<string> {
  const answer = await server.app.inject({ method: 'POST', url: '/__admin/workspaces', headers: { 'content-type': 'application/json' }, payload: '{"seed":"empty"}' });
  expect(answer.statusCode).toBe(201);
  return answer.json<{ id: string }>().id;
}

const workspaceIds = (server: ReferenceServer) => server.runtime.listWorkspaces().map((workspace) => workspace.id);

/** Every admin route, from the server's own OpenAPI document, so a route added later is covered without listing it. */
function adminRoutes(server: ReferenceServer): Array<{ method: 'GET'; url: string }> {
  const document = server.app.swagger() as { paths: Record<string, Record<string, unknown>> };
  return Object.entries(document.paths)
    .filter(([path]) => path.startsWith('/__admin'))
    .flatMap(([path, methods]) => Object.keys(methods).map((method) => ({ method: method.toUpperCase() as 'GET', url: path.replace(/\{[^}]+\}/g, 'x') })));
}

describe('a webhook delivery aimed at the admin API', () => {
  test('is refused (403) even from a dispatcher that does not know the server, such as another process, and resets nothing', async () => {
    const server = await start();
    const baseUrl = await server.listen({ host: '127.0.0.1', port: 0 });
    const extra = await addWorkspace(server);
    const foreign = createWebhookDispatcher({ events: reevoWebhookEvents, timeScale: 0.000001 });
    try {
      foreign.enqueue('ws_elsewhere', { id: 'sub_elsewhere', url: `${baseUrl}/__admin/reset`, secret: generateWebhookSecret() }, sampleEvent('account.created'));
      const [delivery] = await foreign.settle({}, 10_000);
      expect(delivery?.attempts[0]?.status).toBe(403);
    } finally {
      await foreign.close();
    }
    expect(workspaceIds(server)).toContain(extra);
  }, 20_000);

  test('is refused by its marker, whatever else it sends', async () => {
    const server = await start();
    const answer = await server.app.inject({ method: 'GET', url: '/__admin/health', headers: { 'x-reference-server-outbound': 'webhook-delivery' } });
    expect(answer.statusCode).toBe(403);
    expect(answer.json().detail).toContain('sent by the reference server itself');
  });
});

describe('a simple cross-site request', () => {
  test.each([
    ['text/plain', 'anything'],
    ['application/x-www-form-urlencoded', 'a=b'],
    ['multipart/form-data; boundary=x', '--x--'],
  ])('with a %s body is refused (415, naming application/json) and resets nothing', async (contentType, payload) => {
    const server = await start();
    const extra = await addWorkspace(server);
    const answer = await server.app.inject({ method: 'POST', url: '/__admin/reset', headers: { 'content-type': contentType }, payload });
    expect(answer.statusCode).toBe(415);
    expect(answer.json()).toEqual({ detail: expect.stringContaining('Content-Type: application/json') });
    expect(workspaceIds(server)).toContain(extra);
  });

  test('cannot expire a key with a form body', async () => {
    const server = await start();
    const keyId = server.runtime.keys.list(server.seeded?.workspace.id)[0]?.id ?? '';
    const answer = await server.app.inject({ method: 'POST', url: `/__admin/keys/${keyId}/expire`, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'x=1' });
    expect(answer.statusCode).toBe(415);
    expect(server.runtime.keys.list().find((key) => key.id === keyId)?.expiresAt).toBeNull();
  });

  test.each(['https://evil.example', 'http://localhost:3000', 'null', 'http://127.0.0.1.nip.io'])('from the page of Origin %s is refused (403), on reads and writes', async (origin) => {
    const server = await start();
    const extra = await addWorkspace(server);
    for (const method of ['GET', 'POST'] as const) {
      const answer = await server.app.inject({ method, url: method === 'GET' ? '/__admin/workspaces' : '/__admin/reset', headers: { origin, host: 'localhost:4010' } });
      expect({ method, status: answer.statusCode }).toEqual({ method, status: 403 });
      expect(answer.json().detail).toContain('other web pages');
    }
    expect(workspaceIds(server)).toContain(extra);
  });

  test("is still possible from the server's own origin, and without any Origin (a terminal, a test)", async () => {
    const server = await start();
    for (const origin of ['http://localhost:4010', 'http://127.0.0.1:4010', undefined]) {
      const headers = { host: 'localhost:4010', 'content-type': 'application/json', ...(origin ? { origin } : {}) };
      expect((await server.app.inject({ method: 'POST', url: '/__admin/clock', headers, payload: '{"freeze":false}' })).statusCode).toBe(200);
    }
    expect((await server.app.inject({ method: 'POST', url: '/__admin/reset' })).statusCode).toBe(200);
  });
});

describe('DNS rebinding', () => {
  test.each(['evil.example:4010', 'evil.example', '127.0.0.1.nip.io:4010', 'localhost.evil.example', 'localhost:4010/x', 'user@localhost'])('a Host of %j is refused (403) on every admin route', async (host) => {
    const server = await start();
    for (const route of adminRoutes(server)) {
      const answer = await server.app.inject({ ...route, headers: { host, 'content-type': 'application/json' }, payload: route.method === 'GET' ? undefined : '{}' });
      expect({ ...route, status: answer.statusCode }).toEqual({ ...route, status: 403 });
      expect(answer.json().detail).toContain('DNS rebinding');
    }
  });

  test('is refused over a real socket too, while loopback Hosts in any spelling are answered', async () => {
    const server = await start();
    const baseUrl = await server.listen({ host: '127.0.0.1', port: 0 });
    const { port } = new URL(baseUrl);
    const get = (host: string) =>
      new Promise<number>((resolve, reject) => {
        const outgoing = httpRequest(`${baseUrl}/__admin/workspaces`, { headers: { host } }, (incoming) => {
          incoming.resume();
          resolve(incoming.statusCode ?? 0);
        });
        outgoing.once('error', reject);
        outgoing.end();
      });
    expect(await get(`attacker.example:${port}`)).toBe(403);
    // No Host at all (HTTP/1.0; node itself answers 400 to an HTTP/1.1 request without one).
    expect(await rawStatusLine(Number(port), 'GET /__admin/health HTTP/1.0\r\n\r\n')).toBe('HTTP/1.1 403 Forbidden');
    // An absolute-form target names the host, and HTTP says it wins over the Host header.
    const absolute = (authority: string) => `GET http://${authority}/__admin/health HTTP/1.1\r\nHost: localhost:${port}\r\nConnection: close\r\n\r\n`;
    expect(await rawStatusLine(Number(port), absolute('attacker.example'))).toBe('HTTP/1.1 403 Forbidden');
    expect(await rawStatusLine(Number(port), absolute(`localhost:${port}`))).toBe('HTTP/1.1 200 OK');
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST.:${port}`, `[::1]:${port}`, `2130706433:${port}`]) {
      expect({ host, status: await get(host) }).toEqual({ host, status: 200 });
    }
  });
});

/** The status line answered to a request written byte for byte, for what an HTTP client would not send. */
function rawStatusLine(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(request));
    let answer = '';
    socket.on('data', (chunk: Buffer) => {
      answer += chunk.toString();
    });
    socket.once('end', () => resolve(answer.split('\r\n')[0] ?? ''));
    socket.once('error', reject);
  });
}

describe('the surface of a request', () => {
  test('an admin path spelled with percent-escapes is neither journaled nor faultable', async () => {
    const server = await start();
    const rule = await server.app.inject({
      method: 'POST',
      url: '/__admin/faults',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ method: '*', path: '/%5F%5Fadmin/health', status: 503 }),
    });
    expect(rule.statusCode).toBe(201);
    for (const url of ['/%5F%5Fadmin/health', '/__adm%69n/health']) expect({ url, status: (await server.app.inject({ method: 'GET', url })).statusCode }).toEqual({ url, status: 200 });
    expect((await server.app.inject({ method: 'GET', url: '/%5F%5Fadmin/no-such-page' })).statusCode).toBe(404);
    expect(server.runtime.journal.list()).toEqual([]);
  });

  test('an admin path no route takes, however spelled, stands behind the guard', async () => {
    const server = await start();
    for (const url of ['/__admin/no-such-page', '/%5F%5Fadmin/no-such-page', '/__admin%2Fhealth', '//__admin/health', '/x/../__admin/health']) {
      const answer = await server.app.inject({ method: 'GET', url, headers: { host: 'evil.example' } });
      expect({ url, status: answer.statusCode }).toEqual({ url, status: 403 });
    }
  });

  test('a page or stream added later under /__admin, by any plugin, inherits the guard', async () => {
    const runtime = new ReferenceRuntime();
    const app = Fastify();
    registerErrorHandler(app);
    registerTrafficHooks(app, runtime);
    registerAdminGuard(app, { token: null });
    await app.register(async (dashboard) => {
      dashboard.get('/__admin/', async () => '<html>dashboard</html>');
    });
    await app.register(
      async (events) => {
        events.get('/stream', async () => 'data: {}\n\n');
      },
      { prefix: '/__admin/events' },
    );
    try {
      for (const url of ['/__admin/', '/__admin/events/stream']) {
        expect((await app.inject({ method: 'GET', url })).statusCode).toBe(200);
        expect((await app.inject({ method: 'GET', url, headers: { host: 'evil.example' } })).statusCode).toBe(403);
        expect((await app.inject({ method: 'GET', url, headers: { origin: 'https://evil.example' } })).statusCode).toBe(403);
        expect((await app.inject({ method: 'GET', url, remoteAddress: '10.0.0.9' })).statusCode).toBe(403);
      }
    } finally {
      await app.close();
      await runtime.close();
    }
  });
});

describe('beyond loopback', () => {
  test('the admin API requires a token, made fresh at each start, and none on loopback', () => {
    for (const host of ['127.0.0.1', 'localhost', '::1', '127.0.0.2']) expect(adminTokenFor(host)).toBeNull();
    for (const host of ['0.0.0.0', '::', '192.168.1.20', 'my-laptop.local']) expect(adminTokenFor(host)).toMatch(/^rvadm_[\w-]{32}$/);
    expect(adminTokenFor('0.0.0.0')).not.toBe(adminTokenFor('0.0.0.0'));
    expect(adminTokenFor('127.0.0.1', 'rvadm_given')).toBe('rvadm_given');
  });

  test('with a token, the admin API answers 401 without it or with another, and never echoes it', async () => {
    const token = 'rvadm_test_token_0123456789';
    const server = await start({ adminToken: token });
    await server.listen({ host: '127.0.0.1', port: 0 });
    expect(server.adminToken).toBe(token);
    for (const authorization of [undefined, 'Bearer rvadm_wrong', `Basic ${token}`, token]) {
      const answer = await server.app.inject({ method: 'POST', url: '/__admin/reset', headers: authorization ? { authorization } : {} });
      expect({ authorization, status: answer.statusCode }).toEqual({ authorization, status: 401 });
      expect(answer.headers['www-authenticate']).toContain('Bearer');
      expect(answer.body).not.toContain(token);
    }
    expect((await server.app.inject({ method: 'GET', url: '/__admin/health', headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(200);
    const demoKey = server.seeded?.keys.find((key) => key.name === 'Demo Full Access')?.key ?? '';
    const publicCall = await server.app.inject({ method: 'POST', url: '/api/v1/public/accounts', headers: { 'x-api-key': demoKey, 'content-type': 'application/json' }, payload: '{"name":"Not the admin API"}' });
    expect(publicCall.statusCode).toBe(200);
  });

  test('the start prints a warning naming what is exposed and the fix, and the banner prints the token', () => {
    for (const host of ['127.0.0.1', 'localhost', '::1']) expect(exposureWarning(host)).toBeNull();
    const warning = exposureWarning('0.0.0.0') ?? '';
    expect(warning).toContain('WARNING: listening on 0.0.0.0');
    expect(warning).toContain('demo keys');
    expect(warning).toContain('--host 127.0.0.1');
    const seeded = { workspace: { id: 'w', name: 'Demo', seed: 'demo' }, keys: [{ name: 'Demo Full Access', key: 'rvk_demo', permissions: [], expired: false }] } as unknown as Parameters<typeof banner>[2];
    expect(banner('http://0.0.0.0:4010', '0.1.0', seeded, 'rvadm_abc')).toContain('Authorization: Bearer rvadm_abc');
    expect(banner('http://127.0.0.1:4010', '0.1.0', seeded)).toContain('loopback only, no key');
  });
});
