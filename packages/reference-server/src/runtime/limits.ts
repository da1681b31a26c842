/**
 * Every bound the reference server puts on what it holds or takes, in one table: a long-running QA server must not
 * grow without end, whatever a careless test or a hostile caller sends. Each limit is named in the 4xx that enforces
 * it (by the key below, in snake_case) and listed in the README's limits table. The values are [C]: Reevo
 * publishes none (docs/decisions.md).
 */

export interface ServerLimits {
  /** Bytes in one request body (fastify's `bodyLimit`): 413. */
  bodyBytes: number;
  /** Characters in any one string (value or key) of a request body: 422 `string_too_long`. */
  stringLength: number;
  /** Custom fields one record may hold, after a PATCH has merged its own: 400. */
  customFieldsPerRecord: number;
  /** Bytes of one record's custom fields as JSON (the one part of a record that PATCHes accumulate): 400. */
  customFieldsBytes: number;
  /** Records of each kind (accounts, contacts, opportunities, tasks, activities, enrollments) per workspace: 400. */
  recordsPerKind: number;
  /** Webhook subscriptions per workspace, disabled ones included (each active one costs a POST per event): 400. */
  subscriptionsPerWorkspace: number;
  /** Deliveries waiting for one subscription; past it the oldest waiting one is dropped, with a log entry saying so. */
  pendingDeliveriesPerSubscription: number;
  /** Deliveries the log keeps, pending ones included; the oldest finished ones go first. */
  deliveryLogEntries: number;
  /** Requests the journal keeps; the oldest go first. */
  journalEntries: number;
  /** Characters of each request and response body the journal keeps; the rest is cut (and the entry says so). */
  journalBodyChars: number;
  /** Workspaces on the server: 400 from the admin API. */
  workspaces: number;
  /** API keys per workspace: 400 from the admin API. */
  keysPerWorkspace: number;
  /** Fault rules at once: 400 from the admin API. */
  faultRules: number;
  /** Reeve users on the server: 400 from the admin API. */
  reeveUsers: number;
  /** Reeve brands on the server, the users' default brands included: 400 from the admin API. */
  reeveBrands: number;
  /** Reeve session tokens per user, revoked and lapsed ones included: 400 from the admin API. */
  sessionsPerUser: number;
  /** Reeve connections per user, over all its brands, disconnected ones included: 400 from Connect and Callback. */
  connectionsPerUser: number;
  /** Reeve authorizations a user may have started and not finished within their 10 minutes: 400 from Authorize. */
  pendingAuthorizationsPerUser: number;
  /** Authorization codes and grants each fake provider keeps; past it the oldest go first. */
  providerGrants: number;
  /** Reeve SystemEvents the server keeps (all users together, within their 7-day window); the oldest go first. */
  reeveEvents: number;
  /** Provider delivery ids remembered to drop duplicates (docs/reeve-api.md §3 endpoint 10); the oldest go first. */
  reeveInboundDeliveryIds: number;
  /** Reeve webhook subscriptions per user and brand, disabled ones included: 400 naming it. */
  reeveSubscriptionsPerBrand: number;
}

export const DEFAULT_LIMITS: Readonly<ServerLimits> = Object.freeze({
  bodyBytes: 1024 * 1024,
  stringLength: 10_000,
  customFieldsPerRecord: 100,
  customFieldsBytes: 64 * 1024,
  recordsPerKind: 10_000,
  subscriptionsPerWorkspace: 50,
  pendingDeliveriesPerSubscription: 1_000,
  deliveryLogEntries: 10_000,
  journalEntries: 10_000,
  journalBodyChars: 4_096,
  workspaces: 100,
  keysPerWorkspace: 100,
  faultRules: 100,
  reeveUsers: 1_000,
  reeveBrands: 2_000,
  sessionsPerUser: 100,
  connectionsPerUser: 200,
  pendingAuthorizationsPerUser: 50,
  providerGrants: 10_000,
  reeveEvents: 10_000,
  reeveInboundDeliveryIds: 10_000,
  reeveSubscriptionsPerBrand: 50,
});

/** Entries in one page of an admin listing (the journal, the delivery log): 100 unless `limit` asks, at most 1,000 (422 above). */
export const ADMIN_PAGE_SIZE = { default: 100, max: 1_000 } as const;

/** The defaults with the caller's overrides, each checked: a limit is a positive whole number. */
export function resolveLimits(overrides: Partial<ServerLimits> = {}): Readonly<ServerLimits> {
  const limits = { ...DEFAULT_LIMITS, ...overrides };
  for (const [name, value] of Object.entries(limits)) {
    if (!Number.isSafeInteger(value) || value < 1) throw new RangeError(`The limit ${name} must be a positive whole number, not ${String(value)}.`);
  }
  return Object.freeze(limits);
}

/** The name a limit goes by in error messages and `details.limit`: `recordsPerKind` → `records_per_kind`. */
export function limitName(key: keyof ServerLimits): string {
  return key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/** 10000 → "10,000": limits are read by people. */
export function formatLimit(value: number): string {
  return value.toLocaleString('en-US');
}
