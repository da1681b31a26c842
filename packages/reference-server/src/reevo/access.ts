/**
 * Who is calling Reevo and what they may do: the API key (422/401), the workspace's quota (429) and the refusal
 * naming missing permissions (403), as docs/reevo-api.md §2–§3 describe. Which permissions an operation needs is the
 * machine's arithmetic over Reevo's permission model (`api-plugin.ts`).
 */
import { API_KEY_HEADER, MESSAGES, permissionLabel, type Permission } from '@integration-pack/core/reevo/api';
import type { FastifyReply } from 'fastify';
import { DomainError } from '../domain/contract';
import { RequestValidationError } from '../http/errors';
import type { ApiKeyRecord } from '../runtime/api-keys';
import { quotaWarning, type QuotaStatus } from '../runtime/quota';
import type { ReferenceRuntime } from '../runtime/reference-runtime';
import type { Workspace } from '../runtime/workspaces';

export interface Caller {
  workspace: Workspace;
  key: ApiKeyRecord;
}

/** The key's record and workspace, or the 422/401 the API answers. */
export function authenticate(runtime: ReferenceRuntime, headerValue: string | string[] | undefined): Caller {
  const key = Array.isArray(headerValue) ? headerValue[0] : headerValue;
  if (key === undefined) {
    throw new RequestValidationError([{ type: 'missing', loc: ['header', API_KEY_HEADER], msg: 'Field required', input: null }]);
  }
  const check = runtime.checkKey(key);
  if (check.outcome === 'unknown') throw new DomainError('UnauthorizedError', MESSAGES.invalidKey);
  if (check.outcome === 'expired') throw new DomainError('UnauthorizedError', MESSAGES.expiredKey);
  const workspace = runtime.workspace(check.key.workspaceId);
  if (!workspace) throw new DomainError('UnauthorizedError', MESSAGES.invalidKey);
  return { workspace, key: check.key };
}

/** 403 naming every missing permission, in UI words in the message and machine form in `details`. */
export function missingPermissionsError(missing: readonly Permission[]): DomainError {
  return new DomainError('ForbiddenError', `${MESSAGES.missingPermissionsPrefix}${missing.map(permissionLabel).join(', ')}`, {
    missing_permissions: [...missing],
  });
}

/** Counts the request against the workspace's quota, sets the rate-limit headers, and answers 429 when it is used up. */
export function consumeQuota(runtime: ReferenceRuntime, workspace: Workspace, reply: FastifyReply): void {
  if (!workspace.quota) return;
  const decision = workspace.quota.consume(runtime.clock.nowMs());
  setQuotaHeaders(reply, decision.status);
  if (decision.allowed) return;
  const { status } = decision;
  reply.header('retry-after', String(status.resetInSeconds));
  throw new DomainError(
    'QuotaExceededError',
    `The workspace has used its quota of ${status.limit} requests per ${status.windowSeconds} s. Retry after ${status.resetInSeconds} s.`,
    { limit: status.limit, window_seconds: status.windowSeconds, reset_at: status.resetAt.toISOString() },
  );
}

function setQuotaHeaders(reply: FastifyReply, status: QuotaStatus): void {
  reply.header('ratelimit-limit', String(status.limit));
  reply.header('ratelimit-remaining', String(status.remaining));
  reply.header('ratelimit-reset', String(status.resetInSeconds));
  const warning = quotaWarning(status);
  if (warning) reply.header('x-reevo-quota-warning', warning);
}
