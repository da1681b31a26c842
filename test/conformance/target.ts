/**
 * Where the conformance suite sends its requests. A target is a base URL and a key, nothing that knows what server
 * answers: the real API is a target as well as the reference server. Two things are optional:
 * - `connection`, how bytes reach the base URL (default: the network, the client's own axios transport and fetch);
 * - `admin`, the reference server's admin API (fresh workspaces, keys made on the fly, quotas, key expiry, the clock,
 *   the webhook log). The real API has none; the sections that need it do not apply to such a target.
 */
import { createReevoClient, parseApiError, type ReevoClient, type ReevoError } from '@reevo/client';
import type { TransportResponse } from '@reevo/client/machine';
import type { TestWorkspace } from '@reevo/reference-server/testing';
import { networkConnection, withJsonContentType, type Connection, type WireRequest } from './seam/wire';

export interface Target {
  /** e.g. https://api.reevo.ai or http://127.0.0.1:43123 */
  baseUrl: string;
  /** A key with every permission, of a workspace the suite may write in. */
  apiKey: string;
  connection?: Connection;
  admin?: AdminApi;
}

/** A target that has the admin API: the reference server's. */
export type AdminTarget = Target & { admin: AdminApi };

export interface AdminApi {
  /** A fresh workspace ('demo': the catalog's example records) with a full-access key, and its admin controls. */
  workspace(seed?: 'demo' | 'empty'): Promise<TestWorkspace>;
  /** Moves the server's clock forward. */
  advanceClock(seconds: number): Promise<void>;
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

/** What the sections of the suite work with: a target opened for requests. */
export interface Session {
  baseUrl: string;
  /** The target's full-access key. */
  apiKey: string;
  client(key: string): ReevoClient;
  /** Sends a request as written, bypassing the client's own checks, to see what the server does with it. */
  raw(request: RawRequest): Promise<TransportResponse>;
  admin?: AdminApi;
}

export type AdminSession = Session & { admin: AdminApi };

export function openSession(target: Target): Session {
  const { transport, send } = target.connection ?? networkConnection(target.baseUrl);
  return {
    baseUrl: target.baseUrl,
    apiKey: target.apiKey,
    client: (key) => createReevoClient({ apiKey: key, baseUrl: target.baseUrl, transport }),
    raw: (request) => send(rawToWire(request)),
    ...(target.admin ? { admin: target.admin } : {}),
  };
}

function rawToWire(request: RawRequest): WireRequest {
  const query = new URLSearchParams(request.query ?? { payload_type: 'json' });
  const body = request.rawBody ?? (request.body === undefined ? undefined : JSON.stringify(request.body));
  const headers = withJsonContentType({ accept: 'application/json', ...request.headers, ...(request.key ? { 'x-api-key': request.key } : {}) }, body);
  const search = query.toString();
  return { method: request.method, pathAndQuery: search ? `${request.path}?${search}` : request.path, headers, ...(body === undefined ? {} : { body }) };
}

/** The typed error a response stands for, for assertions on raw requests. */
export function errorOf(response: TransportResponse): ReevoError {
  return parseApiError(response);
}
