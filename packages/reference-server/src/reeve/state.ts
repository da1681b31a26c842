/**
 * What the reference server holds for Reeve (docs/reeve-api.md §1, §3, §6): users, brands (every user has a default
 * one of its own), session tokens, pending OAuth authorizations and connections per (user, brand, provider). Plain
 * data in maps, so a snapshot is a structured clone (the admin reset returns to the seeded one).
 */
import { hash, randomUUID } from 'node:crypto';
import { REEVE_PROVIDERS, type ProviderKind, type ProviderSlug } from '@integration-pack/core/reeve/api';
import { SeededIdGenerator, type IdGeneratorState } from '../runtime/ids';
import type { SealedCredentials } from './sealed-credentials';

/** A session lapses after this long unused, on the server clock (docs/reeve-api.md §1) [R]. */
export const SESSION_IDLE_MS = 30 * 24 * 3600 * 1000;
/** The newest entries of a connection's refresh history that the server keeps [C]. */
export const REFRESH_HISTORY_ENTRIES = 50;

export interface ReeveUser {
  id: string;
  email: string;
  name: string | null;
  defaultBrandId: string;
}

export interface ReeveBrand {
  id: string;
  name: string;
  memberIds: string[];
}

export interface ReeveSession {
  userId: string;
  /** An end set by the admin API, besides the 30 days unused; null for none. */
  expiresAt: string | null;
  lastUsedAtMs: number;
  revoked: boolean;
  /** The token's last four characters, so a list can tell sessions apart without showing a usable token [C]. */
  tokenHint: string;
}

/** A session as the admin API lists it: by an id derived from the token's hash, never by the token. */
export interface ListedSession {
  id: string;
  session: ReeveSession;
}

export type ConnectionStatus = 'connected' | 'disconnected' | 'expired' | 'error';

export interface RefreshRecord {
  at: string;
  outcome: 'refreshed' | 'invalid_grant' | 'unreachable';
  detail: string;
}

export interface ConnectionRow {
  id: string;
  provider: ProviderSlug;
  userId: string;
  brandId: string;
  type: ProviderKind;
  status: ConnectionStatus;
  accountName: string;
  connectedAt: string;
  /** When the access token ends; null for tokens that do not expire and API keys. */
  expiresAt: string | null;
  lastRefreshedAt: string | null;
  statusReason: string | null;
  /** Null once disconnected: the tokens are deleted. */
  credentials: SealedCredentials | null;
  refreshHistory: RefreshRecord[];
  /** The server-clock days (YYYY-MM-DD) on which a refresh found the provider unreachable, since the last success. */
  failedRefreshDays: string[];
  /** When the last refresh attempt failed to reach the provider (the retry waits a little), epoch ms. */
  lastUnreachableAtMs: number | null;
  /** The unguessable part of the connection's inbound webhook URL (endpoint 10); null without inbound webhooks. */
  hookToken: string | null;
  /** The secret the provider signs inbound webhooks with; null without inbound webhooks. */
  webhookSecret: string | null;
}

/** An authorization started by endpoint 1, waiting for its callback (endpoint 2). */
export interface PendingAuthorization {
  userId: string;
  brandId: string;
  provider: ProviderSlug;
  redirectUri: string;
  codeVerifier: string;
  shop: string | null;
  createdAtMs: number;
  /** Kept after use until it would have expired, so a second use is told it was used. */
  used: boolean;
}

export interface ReeveData {
  users: Map<string, ReeveUser>;
  brands: Map<string, ReeveBrand>;
  /** By the SHA-256 of the token: the token itself is shown once, when made. */
  sessions: Map<string, ReeveSession>;
  /** Each user's connections (at most `connections_per_user`), so a request reads only its own user's rows. */
  connections: Map<string, ConnectionRow[]>;
  /** Connection ids by inbound webhook token; an entry whose row no longer has that token is stale and ignored. */
  hooks: Map<string, { userId: string; id: string }>;
  /** By the `state` value. */
  authorizations: Map<string, PendingAuthorization>;
  ids: IdGeneratorState;
}

export type SessionCheck = { outcome: 'valid'; user: ReeveUser } | { outcome: 'refused' };

export function emptyReeveData(idSeed: string): ReeveData {
  return { users: new Map(), brands: new Map(), sessions: new Map(), connections: new Map(), hooks: new Map(), authorizations: new Map(), ids: { seed: idSeed, counter: 0 } };
}

function tokenHash(token: string): string {
  return hash('sha256', token, 'hex');
}

export type SessionStanding = 'active' | 'revoked' | 'expired' | 'idle';

/** Whether a session may be used now: active, else why not (past its end, or unused for 30 days). */
export function sessionStanding(session: ReeveSession, nowMs: number): SessionStanding {
  if (session.revoked) return 'revoked';
  if (session.expiresAt !== null && Date.parse(session.expiresAt) <= nowMs) return 'expired';
  if (nowMs - session.lastUsedAtMs > SESSION_IDLE_MS) return 'idle';
  return 'active';
}

/** A session's id: the start of its token's hash, which names it without letting anyone use it. */
function sessionId(digest: string): string {
  return `ses_${digest.slice(0, 24)}`;
}

export class ReeveState {
  /** Counts the connections saved, so the refresh engine knows when to look again (`ReeveRuntime.assess`). */
  revision = 0;

  constructor(public data: ReeveData) {}

  private newId(prefix: string): string {
    const ids = SeededIdGenerator.fromState(this.data.ids);
    const id = `${prefix}_${ids.uuid().replace(/-/g, '').slice(0, 24)}`;
    this.data.ids = ids.state();
    return id;
  }

  createUser(fields: { email: string; name: string | null }): ReeveUser {
    const id = this.newId('usr');
    const brand: ReeveBrand = { id: this.newId('brand'), name: `${fields.name ?? fields.email}'s brand`, memberIds: [id] };
    const user: ReeveUser = { id, email: fields.email, name: fields.name, defaultBrandId: brand.id };
    this.data.brands.set(brand.id, brand);
    this.data.users.set(id, user);
    return user;
  }

  user(id: string): ReeveUser | undefined {
    return this.data.users.get(id);
  }

  createBrand(fields: { name: string; memberIds: readonly string[] }): ReeveBrand {
    const brand: ReeveBrand = { id: this.newId('brand'), name: fields.name, memberIds: [...new Set(fields.memberIds)] };
    this.data.brands.set(brand.id, brand);
    return brand;
  }

  /** Makes a brand the user is a member of their default one (the demo's shared brand). */
  setDefaultBrand(userId: string, brandId: string): void {
    const user = this.data.users.get(userId);
    if (!user || !this.isMember(userId, brandId)) throw new Error(`User ${userId} is not a member of brand ${brandId}, so it cannot be their default brand.`);
    user.defaultBrandId = brandId;
  }

  isMember(userId: string, brandId: string): boolean {
    return this.data.brands.get(brandId)?.memberIds.includes(userId) ?? false;
  }

  /** A new opaque UUID token for the user [R]; random, never from the seeded ids, unless given (the public demo tokens). */
  createSession(userId: string, expiresAt: string | null, nowMs: number, token: string = randomUUID()): { token: string; session: ReeveSession } {
    const session: ReeveSession = { userId, expiresAt, lastUsedAtMs: nowMs, revoked: false, tokenHint: token.slice(-4) };
    this.data.sessions.set(tokenHash(token), session);
    return { token, session };
  }

  sessionsOf(userId: string): number {
    return [...this.data.sessions.values()].filter((session) => session.userId === userId).length;
  }

  /** True when the token was known (and is now revoked for good). */
  revokeSession(token: string): boolean {
    const session = this.data.sessions.get(tokenHash(token));
    if (!session) return false;
    session.revoked = true;
    return true;
  }

  /** Every session, or the user's, oldest first, each with its id (`ses_` and the start of the token's hash). */
  listSessions(userId?: string): ListedSession[] {
    return [...this.data.sessions]
      .filter(([, session]) => userId === undefined || session.userId === userId)
      .map(([digest, session]) => ({ id: sessionId(digest), session }));
  }

  /** Revokes the session of that id (as `listSessions` shows it); false when there is none. */
  revokeSessionById(id: string): boolean {
    const listed = this.listSessions().find((candidate) => candidate.id === id);
    if (!listed) return false;
    listed.session.revoked = true;
    return true;
  }

  /** Who holds the token, when it is known, not revoked, not past its end and used within 30 days. Only reads. */
  checkSession(token: string, nowMs: number): SessionCheck {
    const session = this.data.sessions.get(tokenHash(token));
    if (!session || sessionStanding(session, nowMs) !== 'active') return { outcome: 'refused' };
    const user = this.data.users.get(session.userId);
    return user ? { outcome: 'valid', user } : { outcome: 'refused' };
  }

  /** A request made with the token: its 30 days start again. */
  touchSession(token: string, nowMs: number): void {
    const session = this.data.sessions.get(tokenHash(token));
    if (session) session.lastUsedAtMs = Math.max(session.lastUsedAtMs, nowMs);
  }

  connection(userId: string, brandId: string, provider: ProviderSlug): ConnectionRow | undefined {
    return this.connectionsOfUser(userId).find((row) => row.brandId === brandId && row.provider === provider);
  }

  /** The user's connections in the brand: connected ones first, then by provider (docs/reeve-api.md §3, endpoint 4). */
  connectionsOf(userId: string, brandId: string): ConnectionRow[] {
    const rank = (row: ConnectionRow) => (row.status === 'connected' ? 0 : 1);
    return this.connectionsOfUser(userId)
      .filter((row) => row.brandId === brandId)
      .sort((a, b) => rank(a) - rank(b) || a.provider.localeCompare(b.provider));
  }

  connectionsOfUser(userId: string): ConnectionRow[] {
    return this.data.connections.get(userId) ?? [];
  }

  allConnections(): ConnectionRow[] {
    return [...this.data.connections.values()].flat();
  }

  /** The connection an inbound webhook URL (endpoint 10) belongs to; only connected ones have one. */
  connectionByHook(provider: ProviderSlug, hookToken: string): ConnectionRow | undefined {
    const entry = this.data.hooks.get(hookToken);
    const row = entry === undefined ? undefined : this.connectionsOfUser(entry.userId).find((candidate) => candidate.id === entry.id);
    return row !== undefined && row.provider === provider && row.hookToken === hookToken ? row : undefined;
  }

  /** Connects (or connects anew) the provider for the user in the brand: one row per (user, brand, provider). */
  saveConnection(fields: Omit<ConnectionRow, 'id'>): ConnectionRow {
    const rows = this.connectionsOfUser(fields.userId);
    const index = rows.findIndex((row) => row.brandId === fields.brandId && row.provider === fields.provider);
    const existing = index === -1 ? undefined : rows[index];
    const row: ConnectionRow = { ...fields, id: existing?.id ?? this.newId('conn') };
    if (existing?.hookToken) this.data.hooks.delete(existing.hookToken);
    if (row.hookToken !== null) this.data.hooks.set(row.hookToken, { userId: row.userId, id: row.id });
    this.data.connections.set(fields.userId, index === -1 ? [...rows, row] : rows.map((candidate, at) => (at === index ? row : candidate)));
    this.revision += 1;
    return row;
  }

  /** The connection no longer receives webhooks: its URL token and secret are forgotten. */
  forgetWebhook(row: ConnectionRow): void {
    if (row.hookToken !== null) this.data.hooks.delete(row.hookToken);
    row.hookToken = null;
    row.webhookSecret = null;
  }

  addAuthorization(state: string, pending: PendingAuthorization): void {
    this.data.authorizations.set(state, pending);
  }

  authorization(state: string): PendingAuthorization | undefined {
    return this.data.authorizations.get(state);
  }

  /** Authorizations the user started and has not completed (call after pruning the old ones). */
  pendingAuthorizationsOf(userId: string): number {
    return [...this.data.authorizations.values()].filter((pending) => pending.userId === userId && !pending.used).length;
  }

  /** Forgets authorizations older than `maxAgeMs`: they can no longer be used, used or not. */
  pruneAuthorizations(nowMs: number, maxAgeMs: number): void {
    for (const [state, pending] of this.data.authorizations) {
      if (nowMs - pending.createdAtMs > maxAgeMs) this.data.authorizations.delete(state);
    }
  }
}

/** The Connection as the API shows it (docs/reeve-api.md §3): never a token, key or secret. */
export function connectionView(row: ConnectionRow) {
  return {
    provider: row.provider,
    type: row.type,
    status: row.status,
    account_name: row.accountName,
    brand_id: row.brandId,
    tools: [...REEVE_PROVIDERS[row.provider].tools],
    connected_at: row.connectedAt,
    expires_at: row.expiresAt,
    last_refreshed_at: row.lastRefreshedAt,
    status_reason: row.statusReason,
  };
}

export type ConnectionView = ReturnType<typeof connectionView>;
