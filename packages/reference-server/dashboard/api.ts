/**
 * The only place the dashboard calls the admin API (same origin, so the admin guard's Origin check passes; writes
 * send JSON, as the guard requires). A refusal becomes an `AdminApiError` carrying the server's own message, which
 * the views show as it is.
 */
import type * as z from 'zod';
import type * as S from '../src/admin/schemas';

export type DemoGuide = z.output<typeof S.DemoGuide>;
export type Health = z.output<typeof S.Health>;
export type JournalEntry = z.output<typeof S.JournalEntry>;
export type AdminWorkspace = z.output<typeof S.AdminWorkspace>;
/** The journal's filters and paging, as `GET /__admin/requests` takes them. */
export type JournalQuery = Partial<Record<'owner' | 'credential' | 'status' | 'path' | 'cursor', string>> & { limit: number; order: 'oldest' | 'newest' };

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
  workspaces: () => adminCall<AdminWorkspace[]>('GET', '/workspaces'),
  requests: (query: JournalQuery) => adminCall<JournalEntry[]>('GET', `/requests${queryOf(query)}`),
};
