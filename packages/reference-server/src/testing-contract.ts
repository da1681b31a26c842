/**
 * What the reference server's test helper offers every other package's tests (`@reevo/reference-server/testing`).
 * Each test file starts one server on 127.0.0.1:0 in-process; each test makes its own workspace and keys, so
 * tests never see each other's data.
 */
import type { Permission } from '@reevo/client/catalog';

export interface StartOptions {
  /** Multiplies the webhook retry schedule (default 0.001 in tests: 5 s becomes 5 ms). */
  timeScale?: number;
  /** Per-attempt webhook delivery timeout in ms. */
  webhookTimeoutMs?: number;
}

export interface JournalEntry {
  id: string;
  at: string;
  workspaceId: string | null;
  method: string;
  /** The path without the query string. */
  path: string;
  query: Record<string, string>;
  /** Whether the request carried `payload_type` (and with which value). */
  payloadType: string | null;
  operationId: string | null;
  status: number;
  /** The name of the key used (never the key itself). */
  keyName: string | null;
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
