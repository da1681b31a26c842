/**
 * When `N8n.start()` calls n8n ready: only n8n's settings JSON counts, not the 200 "n8n is starting up" page n8n
 * answers every request with while its database migrates (a POST then got 404 "Cannot POST /rest/owner/setup").
 * Against a loopback stand-in that answers as n8n does in each phase.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { restIsReady } from '../support/n8n';

type Phase = 'migrating' | 'routes-missing' | 'ready';

let phase: Phase;
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    if (phase === 'migrating') {
      // What n8n 2.8's AbstractServer.setupHealthCheck sends for any request until its migrations are done.
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('n8n is starting up. Please wait');
    } else if (phase === 'ready' && request.url === '/rest/settings') {
      response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify({ data: { userManagement: { showSetupOnFirstLoad: true } } }));
    } else {
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(`<pre>Cannot ${request.method} ${request.url}</pre>`);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

test.each<[Phase, boolean]>([
  ['migrating', false],
  ['routes-missing', false],
  ['ready', true],
])('while n8n is %s, its REST API counts as ready: %s', async (current, ready) => {
  phase = current;
  await expect(restIsReady(baseUrl)).resolves.toBe(ready);
});
