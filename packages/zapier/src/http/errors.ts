/**
 * The client's typed errors as Zapier's: what switches a Zap off, what Zapier retries, and what the user fixes.
 * Messages come from the client (they already name the permission or field and the fix); here they only get
 * Zap-builder field labels and Zapier's 250-character limit.
 */
import {
  ReevoAuthError,
  ReevoBadRequestError,
  ReevoConflictError,
  ReevoError,
  ReevoNotFoundError,
  ReevoPermissionError,
  ReevoQuotaError,
  ReevoValidationError,
  fieldLabel,
  withFieldLabels,
  type FieldIssue,
  type FieldLabels,
} from '@integration-pack/core/reevo';
import type { ZObject } from 'zapier-platform-core';

/** Zapier cuts user-facing messages at 250 characters. */
export const MAX_MESSAGE_LENGTH = 250;
/** When Reevo sends no Retry-After, wait a minute: quotas are counted per window, never per second. */
const DEFAULT_RETRY_SECONDS = 60;

/** API field path (`metadata.subject`) → the label the Zap builder saw (`Subject`). */
export type { FieldLabels };

export function toZapierError(z: ZObject, error: unknown, labels: FieldLabels = {}): Error {
  if (!(error instanceof ReevoError)) return error instanceof Error ? error : new z.errors.Error(String(error));
  // Covers ReevoKeyExpiredError too: either way the user must reconnect with a working key.
  if (error instanceof ReevoAuthError) return new z.errors.ExpiredAuthError(fit(error.message));
  if (error instanceof ReevoPermissionError) return new z.errors.Error(fit(error.message), 'MissingPermission', 403);
  if (error instanceof ReevoQuotaError) return new z.errors.ThrottledError(fit(error.message), error.retryAfterSeconds ?? DEFAULT_RETRY_SECONDS);
  if (error instanceof ReevoValidationError) return new z.errors.Error(fit(validationMessage(error, labels)), 'InvalidInput', error.status ?? 422);
  if (error instanceof ReevoBadRequestError) return new z.errors.Error(fit(withFieldLabels(error.message, labels)), 'BadRequest', 400);
  // A duplicate (a contact already in a sequence) is a precondition, not a failure: halting keeps the Zap on.
  if (error instanceof ReevoConflictError) return new z.errors.HaltedError(fit(error.message));
  if (error instanceof ReevoNotFoundError) return new z.errors.Error(fit(error.message), 'NotFound', 404);
  return new z.errors.Error(fit(error.message), error.name, error.status);
}

function validationMessage(error: ReevoValidationError, labels: FieldLabels): string {
  const list = error.issues.map((issue) => `${labelOf(issue, labels)}: ${withFieldLabels(issue.message, labels)}`).join('; ');
  const who = error.local ? 'Not sent to Reevo' : 'Reevo rejected this';
  return `${who}. ${list}. Fix ${error.issues.length === 1 ? 'this field' : 'these fields'} and try again.`;
}

function labelOf(issue: FieldIssue, labels: FieldLabels): string {
  return fieldLabel(issue.field, labels) ?? (issue.field || issue.location);
}

function fit(message: string): string {
  return message.length <= MAX_MESSAGE_LENGTH ? message : `${message.slice(0, MAX_MESSAGE_LENGTH - 1)}…`;
}
