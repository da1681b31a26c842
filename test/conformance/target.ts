/**
 * Where the conformance suite sends its requests. The suite is written once against a base URL, keys and a
 * transport; here that is the reference server, reached either in-process (fastify's inject, no socket) or over
 * loopback (the real axios transport). Admin-only scenarios (clock, quota, webhooks log, new workspaces) need
 * `server`; pointed at the real API they would not be registered.
 */
import {
  createAxiosTransport,
  createReevoClient,
  normalizeHeaders,
  parseApiError,
  parseResponseBody,
  type ReevoClient,
  type ReevoError,
  type Transport,
  type TransportResponse,
} from '@reevo/client';
import { startReferenceServer } from '@reevo/reference-server/testing';
import type { ReferenceServerHandle, TestWorkspace } from '@reevo/reference-server/testing';

export type TargetMode = 'in-process' | 'loopback';

export interface Target {
  mode: TargetMode;
  baseUrl: string;
  server: ReferenceServerHandle;
  transport: Transport;
  /** A fresh demo workspace with a full-access key. */
  workspace(seed?: 'demo' | 'empty'): Promise<TestWorkspace>;
  client(key: string): ReevoClient;
  /** Sends a request as written, bypassing the client's own checks, to see what the server does with it. */
  raw(request: RawRequest): Promise<TransportResponse>;
  close(): Promise<void>;
}

export interface RawRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT';
  path: string;
  key?: string | null;
  query?: Record<string, string>;
  body?: unknown;
  /** A body sent byte for byte (bad JSON), instead of `body`. */
  rawBody?: string;
  headers?: Record<string, string>;
}

export async function startTarget(mode: TargetMode): Promise<Target> {
  const server = await startReferenceServer();
  // Over loopback the client uses its real default transport (axios); raw requests use fetch, which sends bytes as given.
  const send = mode === 'loopback' ? sendWithFetch(server.baseUrl) : sendInProcess(server);
  const transport: Transport = mode === 'loopback' ? createAxiosTransport({ retry: false }) : (request) => {
    const url = new URL(request.url);
    return send({
      method: request.method,
      pathAndQuery: `${url.pathname}${url.search}`,
      headers: request.headers,
      ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
    });
  };
  return {
    mode,
    baseUrl: server.baseUrl,
    server,
    transport,
    workspace: (seed = 'demo') => server.createWorkspace({ seed }),
    client: (key) => createReevoClient({ apiKey: key, baseUrl: server.baseUrl, transport }),
    raw: (request) => send(rawToWire(request)),
    close: () => server.close(),
  };
}

interface WireRequest {
  method: string;
  pathAndQuery: string;
  headers: Record<string, string>;
  body?: string;
}
type Send = (request: WireRequest) => Promise<TransportResponse>;

function rawToWire(request: RawRequest): WireRequest {
  const query = new URLSearchParams(request.query ?? { payload_type: 'json' });
  const headers: Record<string, string> = { accept: 'application/json', ...request.headers };
  if (request.key) headers['x-api-key'] = request.key;
  const body = request.rawBody ?? (request.body === undefined ? undefined : JSON.stringify(request.body));
  if (body !== undefined && !Object.keys(headers).some((name) => name.toLowerCase() === 'content-type')) headers['content-type'] = 'application/json';
  const search = query.toString();
  return { method: request.method, pathAndQuery: search ? `${request.path}?${search}` : request.path, headers, ...(body === undefined ? {} : { body }) };
}

function sendInProcess(server: ReferenceServerHandle): Send {
  return async (request) => {
    const response = await server.inject({
      method: request.method,
      url: request.pathAndQuery,
      headers: request.headers,
      ...(request.body === undefined ? {} : { body: request.body }),
    });
    const headers = normalizeHeaders(response.headers);
    return { status: response.status, headers, body: parseResponseBody(response.body, headers['content-type']) };
  };
}

function sendWithFetch(baseUrl: string): Send {
  return async (request) => {
    const response = await fetch(`${baseUrl}${request.pathAndQuery}`, {
      method: request.method,
      headers: request.headers,
      ...(request.body === undefined ? {} : { body: request.body }),
    });
    const headers = normalizeHeaders(Object.fromEntries(response.headers.entries()));
    return { status: response.status, headers, body: parseResponseBody(await response.text(), headers['content-type']) };
  };
}

/** The typed error a response stands for, for assertions on raw requests. */
export function errorOf(response: TransportResponse): ReevoError {
  return parseApiError(response);
}
