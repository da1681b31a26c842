/**
 * Streamable HTTP on loopback, driven by the SDK's own HTTP client: tools listed and called; a bearer token enforced
 * when set; a Host naming another machine (DNS rebinding) and a foreign web page refused; beyond loopback, no start
 * without a token.
 */
import { request } from 'node:http';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { ConfigurationError, connectProducts, serveApis, startHttpServer, type HttpServerHandle } from '../src/index';
import { callTool, startReference, type Reference } from './support/harness';

const TOKEN = 'a-long-random-test-token-0123456789';
let reference: Reference;
let open: HttpServerHandle;
let guarded: HttpServerHandle;

beforeAll(async () => {
  reference = await startReference();
  const served = serveApis(connectProducts(reference.env));
  open = await startHttpServer(served, { host: '127.0.0.1', port: 0 });
  guarded = await startHttpServer(served, { host: '127.0.0.1', port: 0, bearerToken: TOKEN });
});
afterAll(async () => {
  await open?.close();
  await guarded?.close();
  await reference?.server.close();
});

async function connect(url: string, headers: Record<string, string> = {}): Promise<Client> {
  const client = new Client({ name: 'mcp-server-http-test', version: '0.0.0' });
  await client.connect(new StreamableHTTPClientTransport(new URL(url), { requestInit: { headers } }));
  return client;
}

const INITIALIZE = { jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '0' } } };
const post = (url: string, headers: Record<string, string>) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...headers }, body: JSON.stringify(INITIALIZE) });

/** fetch may not set Host (a forbidden header), so this one goes through node:http. */
function postWithHost(url: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const sent = request(url, { method: 'POST', headers: { host, 'content-type': 'application/json', accept: 'application/json, text/event-stream' } }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    sent.on('error', reject);
    sent.end(JSON.stringify(INITIALIZE));
  });
}

it('serves the tools of both products on loopback', async () => {
  const client = await connect(open.url);
  const { tools } = await client.listTools();
  expect(tools.some((tool) => tool.name === 'reevo_accounts_get') && tools.some((tool) => tool.name === 'reeve_connections_list')).toBe(true);
  const result = await callTool(client, 'reevo_contacts_search', { contact_email: 'jane.doe@acme.com' });
  expect(result.structuredContent).toMatchObject({ items: [{ email: 'jane.doe@acme.com' }], has_more: false, next_offset: null });
  await client.close();
});

it('needs the bearer token when one is set, compared whole', async () => {
  await expect(connect(guarded.url)).rejects.toThrow(/401|Unauthorized/);
  expect((await post(guarded.url, { authorization: `Bearer ${TOKEN}x` })).status).toBe(401);
  const client = await connect(guarded.url, { authorization: `Bearer ${TOKEN}` });
  expect((await client.listTools()).tools.length).toBeGreaterThan(0);
  await client.close();
});

it('refuses a Host of another machine and a web page of another origin', async () => {
  const rebinding = await postWithHost(open.url, 'evil.example.com:80');
  expect(rebinding.status).toBe(403);
  expect(rebinding.body).toMatch(/Host header/);
  expect((await postWithHost(open.url, `localhost:${new URL(open.url).port}`)).status).toBe(200);
  expect((await post(open.url, { origin: 'https://evil.example.com' })).status).toBe(403);
  expect((await post(open.url, { origin: 'http://localhost:6274' })).status).toBe(200);
});

it('answers 404 beside the endpoint and 405 to a GET', async () => {
  expect((await post(open.url.replace('/mcp', '/other'), {})).status).toBe(404);
  expect((await fetch(open.url)).status).toBe(405);
});

it('does not start beyond loopback without a token', async () => {
  const served = serveApis(connectProducts({ REEVO_API_KEY: 'unused' }));
  await expect(startHttpServer(served, { host: '0.0.0.0', port: 0 })).rejects.toThrow(ConfigurationError);
  await expect(startHttpServer(served, { host: '0.0.0.0', port: 0 })).rejects.toThrow(/MCP_BEARER_TOKEN/);
});
