/**
 * The delivery worker's default HTTP client (introduced to meet the webhook latency target at 200 events/s): it
 * must behave as the `fetch` it replaces does for an attempt, and keep one connection per receiver.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createKeepAliveFetch } from '../../src/webhooks/keep-alive-fetch';

let server: Server;
let url: string;
const connections: unknown[] = [];
const bodies: string[] = [];
const client = createKeepAliveFetch();

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      bodies.push(`${request.method} ${request.headers['content-type']} ${body}`);
      // unref: the aborted attempt never waits for this answer, and the timer must not hold jest open after the tests.
      if (request.url === '/slow') return void setTimeout(() => response.writeHead(204).end(), 5_000).unref();
      if (request.url === '/moved') return void response.writeHead(302, { location: 'http://127.0.0.1:9/elsewhere' }).end('moved');
      response.writeHead(request.url === '/busy' ? 503 : 204, request.url === '/busy' ? { 'retry-after': '7' } : {}).end();
    });
  });
  server.on('connection', (socket) => connections.push(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  client.destroy();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const post = (path: string, init: RequestInit = {}) => client.fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"ok":true}', ...init });

test('posts the body and headers, answers status and headers, and reuses one connection', async () => {
  expect((await post('/hook')).status).toBe(204);
  const busy = await post('/busy');
  expect([busy.status, busy.headers.get('retry-after')]).toEqual([503, '7']);
  expect((await post('/hook')).status).toBe(204);
  expect(bodies.slice(0, 3)).toEqual(['POST application/json {"ok":true}', 'POST application/json {"ok":true}', 'POST application/json {"ok":true}']);
  expect(connections).toHaveLength(1);
});

test('does not follow a redirect', async () => {
  const moved = await post('/moved');
  expect([moved.status, moved.headers.get('location')]).toEqual([302, 'http://127.0.0.1:9/elsewhere']);
});

test('rejects when aborted, and when nothing listens', async () => {
  const controller = new AbortController();
  const slow = post('/slow', { signal: controller.signal });
  setTimeout(() => controller.abort(), 20);
  await expect(slow).rejects.toThrow(/abort/i);
  await expect(client.fetch('http://127.0.0.1:9/hook', { method: 'POST', body: '{}' })).rejects.toMatchObject({ code: 'ECONNREFUSED' });
});
