/**
 * The only place the dashboard calls the admin API (same origin, so the admin guard's Origin check passes; writes
 * send JSON, as the guard requires). A refusal becomes an `AdminApiError` carrying the server's own message, which
 * the views show as it is.
 */
import type * as z from 'zod';
import type * as S from '../src/admin/schemas';
import type * as R from '../src/reeve/admin/schemas';

export type DemoGuide = z.output<typeof S.DemoGuide>;
export type Health = z.output<typeof S.Health>;
export type JournalEntry = z.output<typeof S.JournalEntry>;
/** The journal's filters and paging, as `GET /__admin/requests` takes them. */
export type JournalQuery = Partial<Record<'api' | 'owner' | 'credential' | 'status' | 'path' | 'cursor', string>> & { limit: number; order: 'oldest' | 'newest' };

export const ADMIN_BASE = '/__admin';

export class AdminApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'AdminApiError';
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** Calls `/__admin<path>`; answers the parsed JSON, or throws an `AdminApiError` with the server's message. */
export async function adminCall<T>(method: Method, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${ADMIN_BASE}${path}`, {
      method,
      headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new AdminApiError(0, `The reference server did not answer ${method} ${ADMIN_BASE}${path}: is it still running?`);
  }
  const text = await response.text();
  const parsed = parseJson(text);
  if (!response.ok) throw new AdminApiError(response.status, `${method} ${ADMIN_BASE}${path} answered ${response.status}: ${messageOf(parsed, text)}`);
  return parsed as T;
}

/** A query string of the given parameters, leaving out the empty ones. */
export function queryOf(parameters: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(parameters)) {
    if (value !== undefined && value !== '') search.set(name, String(value));
  }
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}

function parseJson(text: string): unknown {
  try {
    return text === '' ? null : JSON.parse(text);
  } catch {
    return null;
  }
}

/** The server's words: `{"detail": "..."}`, or FastAPI's `detail[]` of issues, each with where and what. */
function messageOf(body: unknown, text: string): string {
  const detail = (body as { detail?: unknown } | null)?.detail;
  if (typeof detail === 'string') return detail;
  if (Array.isArray(detail)) {
    return detail
      .map((issue: { loc?: unknown[]; msg?: string }) => `${(issue.loc ?? []).join('.')}: ${issue.msg ?? 'invalid'}`)
      .join('; ');
  }
  return text.slice(0, 300) || 'no message';
}

export const admin = {
  demo: () => adminCall<DemoGuide>('GET', '/demo'),
  health: () => adminCall<Health>('GET', '/health'),
  requests: (query: JournalQuery) => adminCall<JournalEntry[]>('GET', `/requests${queryOf(query)}`),
};

// The Webhooks, Data and Controls views' calls (dash-views). Types are the admin API's own schemas.
export type Workspace = z.output<typeof S.AdminWorkspace>;
export type ApiKey = z.output<typeof S.AdminKey>;
export type CreatedApiKey = z.output<typeof S.CreatedAdminKey>;
export type Clock = z.output<typeof S.ClockState>;
export type FaultRule = z.output<typeof S.FaultRule>;
export type Delivery = z.output<typeof S.Delivery>;
export type PermissionRow = z.output<typeof S.PermissionRows>[number];
export type RecordKind = S.RecordKind;
export type RecordsPage = z.output<typeof S.RecordsPage>;
export type ReevoSubscription = z.output<typeof S.AdminSubscription>;
export type ReeveUser = z.output<typeof R.ReeveUser>;
export type ReeveBrand = z.output<typeof R.ReeveBrand>;
export type ReeveSession = z.output<typeof R.ReeveSession>;
export type ListedSession = z.output<typeof R.ListedSession>;
export type ProviderBehaviour = z.output<typeof R.ProviderBehaviour>;
export type ReeveSubscription = z.output<typeof R.AdminReeveSubscription>;
export type ReeveConnection = z.output<typeof R.ConnectionRow>;
export type SystemEvent = z.output<typeof R.SystemEvents>[number];
export type ProviderEventSent = { status: number; delivery_id: string };

type Body<T extends z.ZodType> = z.input<T>;

export const reevoAdmin = {
  workspaces: () => adminCall<Workspace[]>('GET', '/workspaces'),
  createWorkspace: (body: Body<typeof S.CreateWorkspaceBody>) => adminCall<Workspace>('POST', '/workspaces', body),
  keys: (workspaceId?: string) => adminCall<ApiKey[]>('GET', `/keys${queryOf({ workspace_id: workspaceId })}`),
  createKey: (body: Body<typeof S.CreateKeyBody>) => adminCall<CreatedApiKey>('POST', '/keys', body),
  expireKey: (id: string) => adminCall<ApiKey>('POST', `/keys/${encodeURIComponent(id)}/expire`),
  setQuota: (body: Body<typeof S.QuotaBody>) => adminCall<Workspace>('PUT', '/quota', body),
  permissions: () => adminCall<PermissionRow[]>('GET', '/permissions'),
  records: (workspaceId: string, kind: RecordKind, cursor?: string) =>
    adminCall<RecordsPage>('GET', `/workspaces/${encodeURIComponent(workspaceId)}/records/${kind}${queryOf({ limit: 50, cursor })}`),
  subscriptions: (workspaceId?: string) => adminCall<ReevoSubscription[]>('GET', `/webhooks/subscriptions${queryOf({ workspace_id: workspaceId })}`),
};

export const serverAdmin = {
  reset: () => adminCall<Health>('POST', '/reset'),
  clock: () => adminCall<Clock>('GET', '/clock'),
  changeClock: (body: Body<typeof S.ClockBody>) => adminCall<Clock>('POST', '/clock', body),
  faults: () => adminCall<FaultRule[]>('GET', '/faults'),
  addFault: (body: Body<typeof S.FaultBody>) => adminCall<FaultRule>('POST', '/faults', body),
  clearFaults: () => adminCall<{ removed: number }>('DELETE', '/faults'),
  /** A page of the delivery log, newest first, continuing before `cursor`; owner is a workspace's or a Reeve user's id. */
  deliveries: (owner?: string, cursor?: string) => adminCall<Delivery[]>('GET', `/webhooks/deliveries${queryOf({ workspace_id: owner, order: 'newest', limit: 25, cursor })}`),
  redeliver: (id: string) => adminCall<Delivery>('POST', `/webhooks/deliveries/${encodeURIComponent(id)}/redeliver`),
  flush: () => adminCall<Delivery[]>('POST', '/webhooks/flush'),
};

export const reeveAdmin = {
  users: () => adminCall<ReeveUser[]>('GET', '/reeve/users'),
  createUser: (body: Body<typeof R.CreateUserBody>) => adminCall<ReeveUser>('POST', '/reeve/users', body),
  brands: () => adminCall<ReeveBrand[]>('GET', '/reeve/brands'),
  createBrand: (body: Body<typeof R.CreateBrandBody>) => adminCall<ReeveBrand>('POST', '/reeve/brands', body),
  sessions: (userId?: string) => adminCall<ListedSession[]>('GET', `/reeve/sessions${queryOf({ user_id: userId })}`),
  createSession: (body: Body<typeof R.CreateSessionBody>) => adminCall<ReeveSession>('POST', '/reeve/sessions', body),
  revokeSession: (id: string) => adminCall<{ revoked: true }>('POST', `/reeve/sessions/by-id/${encodeURIComponent(id)}/revoke`),
  providers: () => adminCall<ProviderBehaviour[]>('GET', '/reeve/providers'),
  setProvider: (provider: string, body: Body<typeof R.ProviderBehaviourBody>) => adminCall<ProviderBehaviour>('PUT', `/reeve/providers/${encodeURIComponent(provider)}`, body),
  sendProviderEvent: (provider: string, body: { user_id: string; brand_id?: string; type: string; payload?: Record<string, unknown> }) =>
    adminCall<ProviderEventSent>('POST', `/reeve/providers/${encodeURIComponent(provider)}/events`, body),
  connections: (userId: string) => adminCall<{ connections: ReeveConnection[] }>('GET', `/reeve/connections${queryOf({ user_id: userId })}`),
  events: (userId: string) => adminCall<SystemEvent[]>('GET', `/reeve/events${queryOf({ user_id: userId, limit: 50 })}`),
  subscriptions: (userId?: string) => adminCall<ReeveSubscription[]>('GET', `/reeve/webhooks/subscriptions${queryOf({ user_id: userId })}`),
};
