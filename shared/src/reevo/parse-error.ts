/**
 * Reads a failed response, in either of the API's two envelopes or in none (a proxy's HTML 502), into a
 * typed error. The status always survives, whatever the body.
 */
import { issueFromFastApi } from '../machine/fastapi';
import { asSentence, detailText, requestIdOf, truncate } from '../machine/response-text';
import { ApplicationErrorBody, MESSAGES, ValidationErrorBody } from './catalog/errors';
import { isPermission, permissionLabel, ALL_PERMISSIONS, type Permission } from './catalog/permissions';
import {
  ReevoApiError,
  ReevoAuthError,
  ReevoBadRequestError,
  ReevoConflictError,
  ReevoKeyExpiredError,
  ReevoNotFoundError,
  ReevoPermissionError,
  ReevoQuotaError,
  ReevoServerError,
  ReevoValidationError,
  type QuotaInfo,
  type ReevoError,
  type ReevoErrorContext,
} from './errors';
import { retryAfterSeconds } from '../machine/retry-after';
import type { TransportResponse } from '../machine/transport';

const KEY_HELP = 'Ask a workspace admin to create a new key in Settings → API Keys, then reconnect.';

export function parseApiError(response: TransportResponse, operationId?: string): ReevoError {
  const { status, headers, body } = response;
  const context: ReevoErrorContext = { status, body, ...(operationId ? { operationId } : {}), ...requestIdOf(headers) };
  const app = ApplicationErrorBody.safeParse(body);
  const appError = app.success ? app.data : undefined;
  const serverText = appError?.message ?? detailText(body);

  switch (status) {
    case 401:
      if (serverText && /expired/i.test(serverText)) {
        return new ReevoKeyExpiredError(`This Reevo API key has expired. ${KEY_HELP}`, context);
      }
      return new ReevoAuthError(
        `Reevo did not accept the API key (${serverText ?? 'Unauthorized'}). Check that it was copied in full; if it was, ${KEY_HELP.charAt(0).toLowerCase()}${KEY_HELP.slice(1)}`,
        context,
      );
    case 403:
      return new ReevoPermissionError(missingPermissionsIn(appError), { ...context, ...(serverText ? { serverMessage: serverText } : {}) });
    case 404:
      if (appError) {
        return new ReevoNotFoundError(`${asSentence(appError.message)} Check the ID, and that the API key belongs to the right workspace.`, 'record', context);
      }
      return new ReevoNotFoundError(
        `Reevo has no such endpoint (${serverText ?? 'Not Found'}). Check the base URL: it should be https://api.reevo.ai.`,
        'route',
        context,
      );
    case 400:
      return new ReevoBadRequestError(serverText ?? 'Reevo refused the request as invalid (HTTP 400).', context);
    case 409:
      return new ReevoConflictError(serverText ?? 'The request conflicts with the current state in Reevo (HTTP 409).', context);
    case 422: {
      const validation = ValidationErrorBody.safeParse(body);
      const issues = validation.success
        ? validation.data.detail.map(issueFromFastApi)
        : [{ field: '', location: 'body', message: serverText ?? 'invalid request', type: 'invalid' }];
      return new ReevoValidationError(issues, context);
    }
    case 429:
      return new ReevoQuotaError(quotaInfo(headers, appError?.details ?? null), context);
    default:
      if (status >= 500) {
        return new ReevoServerError(
          `Reevo could not answer (HTTP ${status}${serverText ? `: ${truncate(serverText)}` : ''}). Try again in a few minutes; if it goes on, contact Reevo support.`,
          context,
        );
      }
      return new ReevoApiError(`Reevo answered HTTP ${status}${serverText ? `: ${truncate(serverText)}` : ''}.`, context);
  }
}

function missingPermissionsIn(appError: ApplicationErrorBody | undefined): Permission[] {
  const listed = appError?.details?.['missing_permissions'];
  if (Array.isArray(listed)) return listed.filter((value): value is Permission => typeof value === 'string' && isPermission(value));
  // Without details, read the UI words back from the message ("… permissions: Contacts Write, Accounts Write").
  const message = appError?.message ?? '';
  const index = message.indexOf(MESSAGES.missingPermissionsPrefix);
  if (index < 0) return [];
  const labels = message.slice(index + MESSAGES.missingPermissionsPrefix.length).split(',').map((label) => label.trim().toLowerCase());
  return ALL_PERMISSIONS.filter((permission) => labels.includes(permissionLabel(permission).toLowerCase()));
}

function quotaInfo(headers: Record<string, string>, details: Record<string, unknown> | null): QuotaInfo {
  const info: QuotaInfo = {};
  const retryAfter = retryAfterSeconds(headers['retry-after']);
  if (retryAfter !== undefined) info.retryAfterSeconds = retryAfter;
  if (typeof details?.['limit'] === 'number') info.limit = details['limit'];
  if (typeof details?.['window_seconds'] === 'number') info.windowSeconds = details['window_seconds'];
  if (typeof details?.['reset_at'] === 'string') info.resetAt = details['reset_at'];
  return info;
}
