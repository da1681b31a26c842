/**
 * Where Reeve's conformance suite sends its requests (docs/reeve-api.md). A target is a base URL and a session token
 * (and, optionally, the brand to send as `X-Reeve-Brand`), nothing that knows what server answers: the real API is a
 * target as well as the reference server. Two things are optional:
 * - `connection`, how bytes reach the base URL (default: the network);
 * - `admin`, the reference server's admin API for Reeve (docs/reeve-api.md §6: users, brands, sessions, the fake
 *   providers, the stored connections, the clock). The real API has none; the sections that need it do not apply.
 */
import { createReeveClient, type ProviderSlug, type ReeveClient, type TransportResponse } from '@reevo/client/reeve';
import { networkConnection, withJsonContentType, type Connection, type Send, type WireRequest } from '../seam/wire';

export interface ReeveTarget {
  /** e.g. https://services.meetreeve.com or http://127.0.0.1:43123 */
  baseUrl: string;
  /** A session token of a user the suite may act for. */
  sessionToken: string;
  /** The brand to act in; the user's default brand when absent. */
  brand?: string;
  connection?: Connection;
  admin?: ReeveAdminApi;
}

/** A user made for one test, with a live session token. */
export interface ReeveTestUser {
  id: string;
  email: string;
  name: string;
  defaultBrandId: string;
  token: string;
}

/** The fake provider's behaviour (docs/reeve-api.md §6); each field optional. */
export interface ProviderBehaviour {
  reject_next_key?: boolean;
  reject_next_code?: boolean;
  refresh?: 'ok' | 'invalid_grant' | 'unreachable';
  reachable?: boolean;
}

/** A connection as the server stores it (docs/reeve-api.md §6 `GET /__admin/reeve/connections`). */
export interface StoredConnection {
  provider: ProviderSlug;
  user_id: string;
  status: string;
  expires_at: string | null;
  last_refreshed_at: string | null;
  credentials: { ciphertext: string; iv: string; tag: string } | null;
  refresh_history: unknown[];
  webhook: { url: string; secret: string; scheme: string } | null;
  [field: string]: unknown;
}

export interface ReeveAdminApi {
  /** A fresh user (with a brand of its own, its default) and a session token for it. */
  user(): Promise<ReeveTestUser>;
  brand(name: string, memberIds: readonly string[]): Promise<{ id: string; name: string; member_ids: string[] }>;
  /** A new session for a user, ending at `expiresAt` when given. */
  session(userId: string, expiresAt?: Date): Promise<{ token: string; user_id: string; expires_at: string | null }>;
  revokeSession(token: string): Promise<void>;
  /** Changes how a fake provider behaves; answers the behaviour as it now stands. */
  provider(slug: ProviderSlug, behaviour: ProviderBehaviour): Promise<unknown>;
  /** Makes a fake provider deliver one event of its own `type` to the user's connection's webhook URL. */
  providerEvent(slug: ProviderSlug, event: { user_id: string; brand_id?: string; type: string; payload?: unknown }): Promise<{ status: number; delivery_id: string }>;
  connections(userId: string): Promise<StoredConnection[]>;
  /** The time the server's API runs on. */
  now(): Promise<Date>;
  advanceClock(seconds: number): Promise<void>;
}

export interface ReeveRawRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  query?: Record<string, string>;
  /** The session token to send as `Authorization: Bearer`; the target's when absent, none when null. */
  token?: string | null;
  /** The `X-Reeve-Brand` header; the target's brand (if any) when absent, none when null. */
  brand?: string | null;
  body?: unknown;
  /** A body sent byte for byte (bad JSON), instead of `body`. */
  rawBody?: string;
  headers?: Record<string, string>;
}

/** What the sections work with: a target opened for requests. */
export interface ReeveSession {
  baseUrl: string;
  sessionToken: string;
  brand?: string;
  /** Sends a request to the API as written, bypassing the client's own checks, to see what the server does with it. */
  raw(request: ReeveRawRequest): Promise<TransportResponse>;
  /** The typed client for a session token (the target's by default) and brand (the target's by default; none when null). */
  client(token?: string, brand?: string | null): ReeveClient;
  /** Follows a URL the API handed out (a consent page), by its path and query, through the target's connection. */
  get(url: string): Promise<TransportResponse>;
  connection: Connection;
  admin?: ReeveAdminApi;
}

export type ReeveAdminSession = ReeveSession & { admin: ReeveAdminApi };


export function openReeveSession(target: ReeveTarget): ReeveSession {
  const connection = target.connection ?? networkConnection(target.baseUrl);
  return {
    baseUrl: target.baseUrl,
    sessionToken: target.sessionToken,
    ...(target.brand === undefined ? {} : { brand: target.brand }),
    raw: (request) => connection.send(toWire(request, target)),
    client: (token = target.sessionToken, brand) => {
      const brandId = brand === undefined ? target.brand : brand;
      return createReeveClient({ sessionToken: token, ...(brandId ? { brandId } : {}), transport: connection.transport, baseUrl: target.baseUrl });
    },
    get: (url) => followOn(connection.send, url),
    connection,
    ...(target.admin ? { admin: target.admin } : {}),
  };
}

function toWire(request: ReeveRawRequest, target: ReeveTarget): WireRequest {
  const token = request.token === undefined ? target.sessionToken : request.token;
  const brand = request.brand === undefined ? target.brand : request.brand;
  const body = request.rawBody ?? (request.body === undefined ? undefined : JSON.stringify(request.body));
  const headers = withJsonContentType(
    { accept: 'application/json', ...(token === null ? {} : { authorization: `Bearer ${token}` }), ...(brand ? { 'x-reeve-brand': brand } : {}), ...request.headers },
    body,
  );
  const search = new URLSearchParams(request.query ?? {}).toString();
  return { method: request.method, pathAndQuery: search ? `${request.path}?${search}` : request.path, headers, ...(body === undefined ? {} : { body }) };
}

function followOn(send: Send, url: string): Promise<TransportResponse> {
  const { pathname, search } = new URL(url);
  return send({ method: 'GET', pathAndQuery: `${pathname}${search}`, headers: { accept: 'application/json' } });
}
