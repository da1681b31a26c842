/**
 * What the reference server's test helper offers every other package's tests (`@reevo/reference-server/testing`).
 * Each test file starts one server on 127.0.0.1:0 in-process; each test makes its own workspace and keys, so
 * tests never see each other's data.
 */
import type { Permission } from '@integration-pack/core/reevo/api';

export interface StartOptions {
  /** Multiplies the webhook retry schedule (default 0.001 in tests: 5 s becomes 5 ms). */
  timeScale?: number;
  /** Per-attempt webhook delivery timeout in ms. */
  webhookTimeoutMs?: number;
}

export interface JournalEntry {
  id: string;
  at: string;
  /** The API that answered the request (`reevo`, `reeve`, its inbound provider webhooks included); null for a path no API owns. */
  api: string | null;
  /** The Reevo workspace the request acted for; null for a Reeve request or one not authenticated. */
  workspaceId: string | null;
  /** Whom the request acted for, whichever the API: a Reevo workspace's id or a Reeve user's (`usr_…`); null when not authenticated. */
  owner: string | null;
  /** The credential used, never itself: a Reevo key's name, or a Reeve session masked to its last 4 characters (`session ****1a2b`). */
  credential: string | null;
  method: string;
  /** The path without the query string. */
  path: string;
  /** The query as sent, with secrets masked as in the bodies (an OAuth `code`, a token). */
  query: Record<string, string>;
  /** Whether a Reevo request carried `payload_type` (and with which value); always null for other APIs', which have no such parameter. */
  payloadType: string | null;
  operationId: string | null;
  status: number;
  /** Milliseconds from the request's arrival to its answer (real time, whatever the server clock says). */
  durationMs: number;
  /** The permission check: what the operation needed for this input and what the key lacked; null when none ran. */
  permissionCheck: { required: string[]; missing: string[] } | null;
  /** The bodies, secrets masked and cut to the journal's bound (`journal_body_chars`); null for none. */
  requestBody: JournalBody | null;
  responseBody: JournalBody | null;
  /** The name of the Reevo key used (never the key itself): `credential` where the caller is a workspace, else null. */
  keyName: string | null;
}

export interface JournalBody {
  /** The body as text, secrets (keys, tokens, `client_secret`, `code`, webhook secrets) masked to `****` and at most 4 last characters. */
  text: string;
  /** Characters in the whole body. */
  length: number;
  /** True when `text` is only the first `journal_body_chars` characters. */
  truncated: boolean;
}

/** Which journal entries a listing takes (`GET /__admin/requests`); every given field must match. */
export interface JournalFilter {
  /** The API that answered (`reevo`, `reeve`). */
  api?: string;
  workspaceId?: string;
  /** A workspace's id or a Reeve user's. */
  owner?: string;
  /** Part of the credential column, any case. */
  credential?: string;
  /** A status (`404`) or a class (`4xx`). */
  status?: string;
  /** Part of the path. */
  path?: string;
}

export interface DeliveryAttempt {
  at: string;
  status: number | null;
  error: string | null;
  durationMs: number;
}

export interface Delivery {
  id: string;
  workspaceId: string;
  subscriptionId: string;
  eventId: string;
  /** One of the event types of the API that emitted it (Reevo's `EventType`, Reeve's `ReeveEventType`). */
  eventType: string;
  url: string;
  state: 'pending' | 'delivered' | 'failed';
  attempts: DeliveryAttempt[];
  nextAttemptAt: string | null;
  payload: unknown;
}

export interface TestWorkspace {
  id: string;
  /** A key with every permission. */
  fullKey: string;
  /** Makes a key with exactly these permissions ('all' for every one), optionally expiring. */
  key(permissions: readonly Permission[] | 'all', options?: { name?: string; expiresAt?: string }): Promise<string>;
  /** Expires a key made by `key()` at once and for good: setting the clock back does not revive it. */
  expireKey(key: string): Promise<void>;
  setQuota(limit: number, windowSeconds: number): Promise<void>;
  /** Every journaled request of the workspace, oldest first (the journal keeps the server's last 10,000). */
  journal(): Promise<JournalEntry[]>;
  /** Every delivery of the workspace in the log, oldest first (the log keeps the server's last 10,000). */
  deliveries(): Promise<Delivery[]>;
  /** Waits until every pending delivery of the workspace is delivered or failed (bounded by timeoutMs). */
  settleWebhooks(timeoutMs?: number): Promise<Delivery[]>;
}

export interface ReferenceServerHandle {
  /** e.g. http://127.0.0.1:43123, the base URL to give the client, Zapier or n8n. */
  baseUrl: string;
  createWorkspace(options?: { seed?: 'demo' | 'empty'; name?: string }): Promise<TestWorkspace>;
  /**
   * Sends one request in-process through fastify's `inject` (no socket): the conformance suite runs once this way
   * and once over loopback. `url` is a path with its query string, e.g. `/api/v1/public/webhooks?payload_type=json`.
   */
  inject(request: { method: string; url: string; headers: Record<string, string>; body?: string }): Promise<{
    status: number;
    headers: Record<string, string | string[] | undefined>;
    body: string;
  }>;
  /** Calls the admin API (`/__admin/...`) and returns the parsed JSON body; throws on a non-2xx answer. */
  admin<T = unknown>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T>;
  close(): Promise<void>;
}

export type StartReferenceServer = (options?: StartOptions) => Promise<ReferenceServerHandle>;
