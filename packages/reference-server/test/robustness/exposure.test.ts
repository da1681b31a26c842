/**
 * What the server exposes beyond a key's own workspace: the admin API answers only loopback clients (every admin
 * route, whatever a proxy header claims), and webhooks go only to loopback unless a host is configured.
 */
import { EXAMPLE } from '@integration-pack/core/reevo/api';
import { createReferenceServer, type ReferenceServer } from '../../src/server';

const servers: ReferenceServer[] = [];
afterAll(() => Promise.all(servers.map((server) => server.close())));

async function start(options: Parameters<typeof createReferenceServer>[0] = {}) {
  const server = await createReferenceServer({ seed: 'demo', timeScale: 1, ...options });
  servers.push(server);
  const key = server.seeded?.keys.find((demo) => demo.name === 'Demo Full Access')?.key ?? '';
  return { server, key };
}

/** Every admin route, read from the server's own OpenAPI document so a new route is covered without listing it. */
function adminRoutes(server: ReferenceServer): Array<{ method: string; path: string }> {
  const document = server.app.swagger() as { paths: Record<string, Record<string, unknown>> };
  return Object.entries(document.paths)
    .filter(([path]) => path.startsWith('/__admin'))
    .flatMap(([path, methods]) => Object.keys(methods).map((method) => ({ method: method.toUpperCase(), path: path.replace(/\{[^}]+\}/g, 'x') })));
}

describe('the admin API', () => {
  const REMOTE_ADDRESSES = ['10.1.2.3', '192.168.0.7', '::ffff:10.0.0.1', '2001:db8::1', '0.0.0.0', '128.0.0.1'];

  test('refuses every route to clients off this machine, even with a forwarded-for header, and changes nothing', async () => {
    const { server } = await start();
    const routes = adminRoutes(server);
    expect(routes.length).toBeGreaterThanOrEqual(15);
    const workspacesBefore = server.runtime.listWorkspaces().length;
    for (const { method, path } of routes) {
      for (const remoteAddress of REMOTE_ADDRESSES) {
        const answer = await server.app.inject({
          method: method as 'GET',
          url: path,
          remoteAddress,
          headers: { 'x-forwarded-for': '127.0.0.1', 'content-type': 'application/json' },
          payload: method === 'GET' ? undefined : JSON.stringify({ seed: 'empty', workspace_id: 'x', name: 'x', permissions: [] }),
        });
        expect({ method, path, remoteAddress, status: answer.statusCode }).toEqual({ method, path, remoteAddress, status: 403 });
        expect(answer.json().detail).toContain('loopback');
      }
    }
    expect(server.runtime.listWorkspaces()).toHaveLength(workspacesBefore);
  });

  test('answers loopback clients over IPv4, IPv6 and IPv4-mapped IPv6', async () => {
    const { server } = await start();
    for (const remoteAddress of ['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1']) {
      expect((await server.app.inject({ method: 'GET', url: '/__admin/health', remoteAddress })).statusCode).toBe(200);
    }
  });
});

describe('webhook urls', () => {
  const REFUSED = [
    'https://hooks.example.com/reevo',
    'http://hooks.example.com/reevo',
    'http://10.0.0.1/hook',
    'http://169.254.169.254/latest/meta-data',
    'http://0.0.0.0:9/hook',
    'http://127.0.0.1.nip.io/hook',
    'http://localhost.example.com/hook',
    'http://[::ffff:a00:1]/hook',
    'http://user:secret@127.0.0.1:9/hook',
    'ftp://127.0.0.1/hook',
  ];
  const subscribe = (server: ReferenceServer, key: string, url: string) =>
    server.app.inject({
      method: 'POST',
      url: '/api/v1/public/webhooks',
      headers: { 'x-api-key': key, 'content-type': 'application/json' },
      payload: JSON.stringify({ url, events: ['account.created'] }),
    });

  test('outside loopback are refused with a 400 or 422 naming the url, and no subscription is made', async () => {
    const { server, key } = await start();
    for (const url of REFUSED) {
      const answer = await subscribe(server, key, url);
      expect({ url, refused: [400, 422].includes(answer.statusCode) }).toEqual({ url, refused: true });
      expect(answer.body).toMatch(/url/);
    }
    const workspace = server.seeded?.workspace;
    // Only the demo's own (the catalog's example subscription) is there.
    expect([...(workspace?.state.webhooks.keys() ?? [])]).toEqual([EXAMPLE.webhookId]);
  });

  test('on loopback are accepted', async () => {
    const { server, key } = await start();
    for (const url of ['http://127.0.0.1:9/hook', 'http://localhost:9/hook', 'http://[::1]:9/hook', 'https://127.0.0.2/hook']) {
      expect({ url, status: (await subscribe(server, key, url)).statusCode }).toEqual({ url, status: 201 });
    }
  });

  test('to a configured host are accepted over https only, and other hosts stay refused', async () => {
    const { server, key } = await start({ allowWebhookHosts: ['hooks.example.com'] });
    expect((await subscribe(server, key, 'https://hooks.example.com/reevo')).statusCode).toBe(201);
    expect((await subscribe(server, key, 'http://hooks.example.com/reevo')).statusCode).toBe(400);
    expect((await subscribe(server, key, 'https://other.example.com/reevo')).statusCode).toBe(400);
  });
});
