/**
 * Streamable HTTP: stateless, one MCP server object per request over the same clients (the SDK's stateless pattern),
 * on loopback by default. Beyond loopback a bearer token is required; on loopback it is checked when set. A request
 * naming another host (DNS rebinding) or coming from a web page of another origin is refused.
 *
 * node:http rather than the SDK's express helpers: the checks are few, and express would bring its types and a
 * second request pipeline for them (docs/decisions.md).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { ConfigurationError } from './products/index';
import { createMcpServer, type ServedApis } from './server';

export const MCP_PATH = '/mcp';
const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

export interface HttpServerOptions {
  host: string;
  port: number;
  /** Required beyond loopback; every request must then send `Authorization: Bearer <token>`. */
  bearerToken?: string;
}

export interface HttpServerHandle {
  /** e.g. http://127.0.0.1:3333/mcp */
  url: string;
  close(): Promise<void>;
}

export function isLoopback(host: string): boolean {
  return LOOPBACK_NAMES.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host);
}

export async function startHttpServer(served: ServedApis, options: HttpServerOptions): Promise<HttpServerHandle> {
  const loopback = isLoopback(options.host);
  const token = options.bearerToken?.trim() || undefined;
  if (!loopback && !token) {
    throw new ConfigurationError(`--host ${options.host} is beyond loopback: set MCP_BEARER_TOKEN to a long random secret, which every client must then send as "Authorization: Bearer <token>".`);
  }
  const expected = token === undefined ? undefined : digest(token);

  const http = createServer((request, response) => {
    const refusal = refuse(request, { loopback, expected });
    if (refusal) return answer(response, refusal.status, refusal.message, refusal.headers);
    if (new URL(request.url ?? '/', 'http://host').pathname !== MCP_PATH) return answer(response, 404, `Not found: the MCP endpoint is ${MCP_PATH}.`);
    // Stateless: nothing to stream to on GET, and no session to end on DELETE.
    if (request.method !== 'POST') return answer(response, 405, `Method not allowed: send MCP messages with POST ${MCP_PATH}.`, { allow: 'POST' });
    void handle(served, request, response);
  });
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port, options.host, resolve);
  });
  const { port } = http.address() as AddressInfo;
  const hostInUrl = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${hostInUrl}:${port}${MCP_PATH}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        http.closeAllConnections();
        http.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

async function handle(served: ServedApis, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const server = createMcpServer(served);
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
  response.on('close', () => {
    void transport.close();
    void server.close();
  });
  try {
    await server.connect(transport);
    await transport.handleRequest(request, response);
  } catch (error) {
    if (!response.headersSent) answer(response, 400, `The request could not be handled: ${(error as Error).message}`);
  }
}

interface Refusal {
  status: number;
  message: string;
  headers?: Record<string, string>;
}

function refuse(request: IncomingMessage, { loopback, expected }: { loopback: boolean; expected: Buffer | undefined }): Refusal | undefined {
  if (loopback) {
    const hostname = hostnameOf(request.headers.host);
    if (hostname === undefined || !isLoopback(hostname)) return { status: 403, message: `Forbidden: the Host header must name this machine (localhost or 127.0.0.1), not "${request.headers.host ?? ''}".` };
    const origin = request.headers.origin;
    if (origin !== undefined && !isLoopback(URL.parse(origin)?.hostname ?? '')) return { status: 403, message: `Forbidden: a web page of ${origin} may not call this local server.` };
  }
  if (expected === undefined) return undefined;
  const [scheme, given] = (request.headers.authorization ?? '').split(' ');
  if (scheme?.toLowerCase() !== 'bearer' || !given || !timingSafeEqual(digest(given), expected)) {
    return { status: 401, message: 'Unauthorized: send "Authorization: Bearer <token>" with the token set in MCP_BEARER_TOKEN.', headers: { 'www-authenticate': 'Bearer' } };
  }
  return undefined;
}

function hostnameOf(host: string | undefined): string | undefined {
  return host === undefined ? undefined : URL.parse(`http://${host}`)?.hostname;
}

/** Hashing both sides first gives equal lengths, so the comparison is constant-time whatever was sent. */
function digest(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

function answer(response: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  // The JSON-RPC error shape, as the SDK answers its own refusals.
  response.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify({ jsonrpc: '2.0', error: { code: -32000, message }, id: null }));
}
