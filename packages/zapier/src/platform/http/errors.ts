/**
 * An API's errors as Zapier's: what switches a Zap off, what Zapier retries, and what the user fixes. Messages come
 * from the client (they already name the permission or field and the fix), read through the product's error facts;
 * here they only get Zap-builder field labels and Zapier's 250-character limit.
 */
import { issuesInWords, type ErrorFacts } from '@integration-pack/core/forms';
import { withFieldLabels, type FieldLabels } from '@integration-pack/core/machine';
import type { ZObject } from 'zapier-platform-core';
import type { ZapierProduct } from '../product';

/** Zapier cuts user-facing messages at 250 characters. */
export const MAX_MESSAGE_LENGTH = 250;
/** When the API sends no Retry-After, wait a minute: quotas are counted per window, never per second. */
const DEFAULT_RETRY_SECONDS = 60;

export function toZapierError(product: Pick<ZapierProduct, 'definition' | 'readErrors'>, z: ZObject, error: unknown, labels: FieldLabels = {}): Error {
  const facts = product.readErrors(error);
  if (!facts) return error instanceof Error ? error : new z.errors.Error(String(error));
  const message = fit(facts.message);
  switch (facts.kind) {
    // Unknown or expired credentials alike: the user must reconnect with working ones.
    case 'auth':
    case 'expired-auth':
      return new z.errors.ExpiredAuthError(message);
    case 'permission':
      return new z.errors.Error(message, 'MissingPermission', 403);
    case 'quota':
      return new z.errors.ThrottledError(message, facts.retryAfterSeconds ?? DEFAULT_RETRY_SECONDS);
    case 'validation':
      return new z.errors.Error(fit(validationMessage(facts, product.definition.name, labels)), 'InvalidInput', facts.status ?? 422);
    case 'bad-request':
      return new z.errors.Error(fit(withFieldLabels(facts.message, labels)), 'BadRequest', 400);
    // A duplicate (a contact already in a sequence) is a precondition, not a failure: halting keeps the Zap on.
    case 'conflict':
      return new z.errors.HaltedError(message);
    case 'not-found':
    case 'route-not-found':
      return new z.errors.Error(message, 'NotFound', 404);
    default:
      return new z.errors.Error(message, facts.name, facts.status);
  }
}

function validationMessage(facts: ErrorFacts, apiName: string, labels: FieldLabels): string {
  const issues = facts.issues ?? [];
  const who = facts.local ? `Not sent to ${apiName}` : `${apiName} rejected this`;
  return `${who}. ${issuesInWords(issues, labels)}. Fix ${issues.length === 1 ? 'this field' : 'these fields'} and try again.`;
}

/** A message cut to what Zapier shows. */
export function fit(message: string): string {
  return message.length <= MAX_MESSAGE_LENGTH ? message : `${message.slice(0, MAX_MESSAGE_LENGTH - 1)}…`;
}
