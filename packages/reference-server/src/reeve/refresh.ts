/**
 * Token refresh driven by the server clock (docs/reeve-api.md §4 "Refresh", "Time"), as Nango does it: a connected
 * OAuth connection whose token ends within 15 minutes is renewed by its provider's model; a refusal
 * (`invalid_grant`) turns it `expired` with the cause and the fix; a provider that cannot be reached is tried again
 * (after a short pause), and the connection turns `error` only once refreshes have failed on 4 different days.
 * Each assessment looks at every connection once, at the clock's time, so a jump of the clock is one assessment.
 */
import { REEVE_PROVIDERS } from '@reevo/client/reeve-catalog';
import { ProviderUnreachableError } from './providers/provider-behaviour';
import { isOAuthProvider } from './providers/token-models';
import type { ReeveRuntime } from './reeve-runtime';
import { REFRESH_HISTORY_ENTRIES, type ConnectionRow, type RefreshRecord } from './state';

/** A token this close to its end is refreshed [C, as Nango's REFRESH_MARGIN_MS]. */
export const REFRESH_MARGIN_MS = 15 * 60 * 1000;
/** After the provider could not be reached, the next try waits this long [C, as Nango's REFRESH_FAILURE_COOLDOWN_MS]. */
export const RETRY_PAUSE_MS = 30 * 1000;
/** Days with failed refreshes after which the connection is `error` [C, as Nango's MAX_CONSECUTIVE_DAYS_FAILED_REFRESH]. */
export const FAILED_REFRESH_DAYS = 4;

/** Refreshes every connection due at the clock's time; answers when the next one falls due (Infinity for none). */
export function assessConnections(reeve: ReeveRuntime): number {
  const nowMs = reeve.clock.nowMs();
  let nextDueMs = Infinity;
  for (const row of reeve.state.allConnections()) {
    if (dueAtMs(row) <= nowMs) refreshConnection(reeve, row, nowMs);
    nextDueMs = Math.min(nextDueMs, dueAtMs(row));
  }
  return nextDueMs;
}

/** When the connection is next to be refreshed: 15 minutes before its token ends, not before a pause after a failure. */
function dueAtMs(row: ConnectionRow): number {
  if (row.status !== 'connected' || row.expiresAt === null || row.credentials === null) return Infinity;
  const inMargin = Date.parse(row.expiresAt) - REFRESH_MARGIN_MS + 1;
  return row.lastUnreachableAtMs === null ? inMargin : Math.max(inMargin, row.lastUnreachableAtMs + RETRY_PAUSE_MS);
}

function refreshConnection(reeve: ReeveRuntime, row: ConnectionRow, nowMs: number): void {
  const provider = row.provider;
  const credentials = reeve.sealer.open(row.credentials as NonNullable<ConnectionRow['credentials']>);
  if (!isOAuthProvider(provider) || credentials.kind !== 'oauth') return;
  const name = REEVE_PROVIDERS[provider].name;
  const at = new Date(nowMs).toISOString();
  let result;
  try {
    result = reeve.providers.renew(provider, { access_token: credentials.access_token, refresh_token: credentials.refresh_token ?? undefined });
  } catch (error) {
    if (!(error instanceof ProviderUnreachableError)) throw error;
    recordFailure(reeve, row, nowMs, name);
    return;
  }
  if (!result.ok) {
    row.status = 'expired';
    row.statusReason = `Reconnect ${name}: it refused to renew the token (${result.refusal.error}: ${result.refusal.error_description})`;
    addHistory(row, { at, outcome: 'invalid_grant', detail: result.refusal.error_description });
    reeve.announce('connection.expired', row);
    return;
  }
  const { token } = result;
  // A refresh that brings no new refresh token keeps the old one (docs/reeve-api.md §4) [P].
  row.credentials = reeve.sealer.seal({ ...credentials, access_token: token.access_token, refresh_token: token.refresh_token ?? credentials.refresh_token });
  row.expiresAt = token.expires_in === undefined ? null : new Date(nowMs + token.expires_in * 1000).toISOString();
  row.lastRefreshedAt = at;
  row.failedRefreshDays = [];
  row.lastUnreachableAtMs = null;
  addHistory(row, { at, outcome: 'refreshed', detail: token.refresh_token === undefined ? 'new access token' : 'new access token and refresh token' });
}

function recordFailure(reeve: ReeveRuntime, row: ConnectionRow, nowMs: number, name: string): void {
  const at = new Date(nowMs).toISOString();
  const day = at.slice(0, 10);
  if (!row.failedRefreshDays.includes(day)) row.failedRefreshDays.push(day);
  row.lastUnreachableAtMs = nowMs;
  addHistory(row, { at, outcome: 'unreachable', detail: `${name} could not be reached (failures on ${row.failedRefreshDays.length} of ${FAILED_REFRESH_DAYS} days)` });
  if (row.failedRefreshDays.length < FAILED_REFRESH_DAYS) return;
  row.status = 'error';
  row.statusReason = `Reconnect ${name}: its token could not be refreshed because ${name} could not be reached on ${FAILED_REFRESH_DAYS} different days`;
  reeve.announce('connection.error', row);
}

function addHistory(row: ConnectionRow, record: RefreshRecord): void {
  row.refreshHistory.push(record);
  if (row.refreshHistory.length > REFRESH_HISTORY_ENTRIES) row.refreshHistory.splice(0, row.refreshHistory.length - REFRESH_HISTORY_ENTRIES);
}
