/**
 * A webhook can never drive the server's own admin API (issue 12, finding 1): the URL of a subscription is refused
 * when it names the server's own address and port, in any spelling, and every attempt checks the address actually
 * connected to, so a subscription that slipped past the first check (made before the server listened, or a name that
 * resolves there) fails in the delivery log and never reaches the server.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ALL_PERMISSIONS, EXAMPLE } from '@integration-pack/core/reevo/api';
import { isLoopback } from '../../src/net/loopback';
import { createReferenceServer, type ReferenceServer } from '../../src/server';
import { checkConnectedAddress, isAllowedWebhookUrl } from '../../src/webhooks';
import { createKeepAliveFetch, RefusedTargetError } from '../../src/webhooks/keep-alive-fetch';

const OWN = { address: '127.0.0.1', port: 4010 };

/** Every way we know to write "this machine" in a URL, at the given port. */
function selfSpellings(port: number, path = '/__admin/reset'): string[] {
  return [
    `http://127.0.0.1:${port}${path}`,
    `http://localhost:${port}${path}`,
    `http://LOCALHOST.:${port}${path}`,
    `http://localhost.:${port}${path}`,
    `http://[::ffff:127.0.0.1]:${port}${path}`,
    `http://2130706433:${port}${path}`,
    `http://0x7f000001:${port}${path}`,
    `http://0177.0.0.1:${port}${path}`,
    `http://127.1:${port}${path}`,
    `http://127.0.0.1.:${port}${path}`,
    `https://127.0.0.1:${port}${path}`,
  ];
}

describe('the one loopback policy', () => {
  test.each(['127.0.0.1', '127.255.0.9', 'localhost', 'LOCALHOST', 'localhost.', '::1', '[::1]', '[0:0:0:0:0:0:0:1]', '::ffff:127.0.0.1', '::ffff:7f00:1', '2130706433', '0x7f000001', '0177.0.0.1', '127.1'])(
    '%s is loopback',
    (host) => expect(isLoopback(host)).toBe(true),
  );

  test.each(['10.0.0.1', '0.0.0.0', '::', '128.0.0.1', '::ffff:10.0.0.1', 'fe80::1%eth0', 'localhost.example.com', 'foo.localhost', '127.0.0.1.nip.io', 'localhost:80', 'a@localhost', '', undefined])(
    '%s is not loopback',
    (host) => expect(isLoopback(host)).toBe(false),
  );
});

describe('the webhook url policy, once the server listens', () => {
  test.each(selfSpellings(OWN.port))('refuses %s, naming the server and the fix', (url) => {
    const message = isAllowedWebhookUrl(url, [], OWN);
    expect(message).toContain('the reference server itself');
    expect(message).toContain('another port');
  });

  test('refuses the server on the default port when the url names none', () => {
    expect(isAllowedWebhookUrl('http://localhost/hook', [], { address: '127.0.0.1', port: 80 })).toContain('the reference server itself');
  });

  test('refuses every local address at its port when it listens on every interface', () => {
    expect(isAllowedWebhookUrl('http://127.0.0.1:4010/hook', [], { address: '0.0.0.0', port: 4010 })).toContain('itself');
    expect(isAllowedWebhookUrl('http://[::1]:4010/hook', [], { address: '::', port: 4010 })).toContain('itself');
  });

  test('still allows other loopback ports, and loopback names', () => {
    expect(isAllowedWebhookUrl('http://127.0.0.1:4011/hook', [], OWN)).toBeNull();
    expect(isAllowedWebhookUrl('http://localhost.:9/hook', [], OWN)).toBeNull();
  });
});

describe('the address connected to', () => {
  test('is refused when a name resolves to the server itself, whatever the name', () => {
    expect(checkConnectedAddress({ hostname: 'hooks.example.com', address: '127.0.0.1', port: 4010 }, ['hooks.example.com'], OWN)).toContain(
      'hooks.example.com resolved to 127.0.0.1, and 127.0.0.1:4010 is the reference server itself',
    );
    expect(checkConnectedAddress({ hostname: 'localhost', address: '::ffff:127.0.0.1', port: 4010 }, [], OWN)).toContain('itself');
  });

  test('is refused when localhost. resolves off this machine (the name alone proves nothing)', () => {
    expect(checkConnectedAddress({ hostname: 'localhost.', address: '10.0.0.7', port: 9 }, [], OWN)).toContain('localhost. resolved to 10.0.0.7, and 10.0.0.7 is not on this machine');
  });

  test('is refused when it is the unspecified address, which reaches this machine', () => {
    expect(checkConnectedAddress({ hostname: 'hooks.example.com', address: '0.0.0.0', port: 443 }, ['hooks.example.com'], OWN)).toContain('unspecified address');
  });

  test('is allowed on loopback elsewhere, and anywhere for a host the server was started with', () => {
    expect(checkConnectedAddress({ hostname: 'localhost', address: '127.0.0.1', port: 4011 }, [], OWN)).toBeNull();
    expect(checkConnectedAddress({ hostname: 'hooks.example.com', address: '203.0.113.9', port: 443 }, ['hooks.example.com'], OWN)).toBeNull();
  });
});

describe('the delivery transport checks at connect time', () => {
  let target: Server;
  let port = 0;
  let connections = 0;
  beforeAll(async () => {
    target = createServer((_request, response) => response.end('reached'));
    target.on('connection', () => {
      connections += 1;
    });
    await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve));
    port = (target.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => target.close(() => resolve())));

  test('refuses a name and an IP literal that lead to the refused port before any connection is made', async () => {
    const transport = createKeepAliveFetch({ checkConnection: (connect) => checkConnectedAddress(connect, [], { address: '127.0.0.1', port }) });
    try {
      for (const url of [`http://localhost:${port}/`, `http://localhost.:${port}/`, `http://127.0.0.1:${port}/`, `http://2130706433:${port}/`]) {
        const failure = await transport.fetch(url, { method: 'POST', body: '{}' }).then(
          () => null,
          (error: unknown) => error,
        );
        expect(failure).toBeInstanceOf(RefusedTargetError);
        expect((failure as Error).message).toContain('the reference server itself');
      }
      expect(connections).toBe(0);
    } finally {
      transport.destroy();
    }
  });

  test('connects as before when the address is allowed (the control), and localhost. reaches what localhost does', async () => {
    const transport = createKeepAliveFetch({ checkConnection: (connect) => checkConnectedAddress(connect, [], { address: '127.0.0.1', port: port + 1 }) });
    try {
      for (const url of [`http://localhost:${port}/`, `http://localhost.:${port}/`]) {
        expect({ url, status: (await transport.fetch(url, { method: 'POST', body: '{}' })).status }).toEqual({ url, status: 200 });
      }
      expect(connections).toBeGreaterThan(0);
    } finally {
      transport.destroy();
    }
  });
});

describe('a reference server', () => {
  const servers: ReferenceServer[] = [];
  afterEach(() => Promise.all(servers.splice(0).map((server) => server.close())));

  async function start(): Promise<{ server: ReferenceServer; key: string }> {
    const server = await createReferenceServer({ seed: 'demo', timeScale: 0.000001 });
    servers.push(server);
    const key = server.seeded?.keys.find((demo) => !demo.expired && demo.permissions.length === ALL_PERMISSIONS.length)?.key ?? '';
    return { server, key };
  }

  const subscribe = (server: ReferenceServer, key: string, url: string) =>
    server.app.inject({
      method: 'POST',
      url: '/api/v1/public/webhooks',
      headers: { 'x-api-key': key, 'content-type': 'application/json' },
      payload: JSON.stringify({ url, events: ['account.created'] }),
    });

  const createAccount = (server: ReferenceServer, key: string, name: string) =>
    server.app.inject({
      method: 'POST',
      url: '/api/v1/public/accounts',
      headers: { 'x-api-key': key, 'content-type': 'application/json' },
      payload: JSON.stringify({ name }),
    });

  /** A port nothing listens on yet: the server will, after subscriptions to it are made. */
  async function freePort(): Promise<number> {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    return port;
  }

  test('refuses to subscribe its own address, in every spelling, with an error naming the url and the fix', async () => {
    const { server, key } = await start();
    const baseUrl = await server.listen({ host: '127.0.0.1', port: 0 });
    const port = Number(new URL(baseUrl).port);
    for (const url of selfSpellings(port)) {
      const answer = await subscribe(server, key, url);
      expect({ url, status: answer.statusCode }).toEqual({ url, status: 400 });
      expect(answer.json()).toMatchObject({ error: 'BadRequestError', details: { field: 'url' } });
      expect(answer.json().message).toContain('the reference server itself');
    }
    // Only the demo's own (the catalog's example subscription) is there.
    expect([...(server.seeded?.workspace.state.webhooks.keys() ?? [])]).toEqual([EXAMPLE.webhookId]);
  });

  test('subscribed to its own /__admin/reset before it listened, resets nothing: each attempt fails in the log with the reason', async () => {
    const { server, key } = await start();
    const port = await freePort();
    const spellings = selfSpellings(port).filter((url) => url.startsWith('http:'));
    for (const url of spellings) expect((await subscribe(server, key, url)).statusCode).toBe(201);
    await server.listen({ host: '127.0.0.1', port });
    const extra = await server.app.inject({ method: 'POST', url: '/__admin/workspaces', headers: { 'content-type': 'application/json' }, payload: '{"seed":"empty"}' });
    expect(extra.statusCode).toBe(201);

    expect((await createAccount(server, key, 'Webhook Target Test')).statusCode).toBe(200);
    const deliveries = await server.runtime.webhooks.settle({}, 20_000);

    expect(server.runtime.listWorkspaces().map((workspace) => workspace.id)).toContain(extra.json().id);
    expect(deliveries).toHaveLength(spellings.length);
    for (const delivery of deliveries) {
      expect({ url: delivery.url, state: delivery.state }).toEqual({ url: delivery.url, state: 'failed' });
      for (const attempt of delivery.attempts) {
        expect(attempt.status).toBeNull();
        expect(attempt.error).toMatch(/^Not sent: .*the reference server itself/);
      }
    }
  }, 30_000);

  test("subscribed to a delivery's own redeliver, makes no loop: one delivery, refused", async () => {
    const { server, key } = await start();
    const port = await freePort();
    expect((await subscribe(server, key, `http://127.0.0.1:${port}/__admin/webhooks/deliveries/dlv_000001/redeliver`)).statusCode).toBe(201);
    await server.listen({ host: '127.0.0.1', port });
    expect((await createAccount(server, key, 'Loop Test')).statusCode).toBe(200);

    const deliveries = await server.runtime.webhooks.settle({}, 10_000);
    expect(deliveries.map((delivery) => [delivery.id, delivery.state])).toEqual([['dlv_000001', 'failed']]);
  }, 30_000);
});
