/**
 * Verifies a delivery of a Reeve subscription (docs/reeve-api.md §4: Standard Webhooks, exactly as Reevo's) and
 * returns the typed SystemEvent, with the machine's verifier (src/machine/webhook-verify.ts).
 */
import { createWebhookVerifier, typedEventParser, type VerifyWebhookInput, type WebhookVerificationFailure } from '../machine/webhook-verify';
import { systemEventSchema, type SystemEvent } from './catalog/system-event';
import { REEVE_EVENT_TYPES, type ReeveEventType } from './providers';

export type { HeaderBag, VerifyWebhookInput, WebhookVerificationFailure } from '../machine/webhook-verify';

export class ReeveWebhookVerificationError extends Error {
  readonly reason: WebhookVerificationFailure;
  constructor(reason: WebhookVerificationFailure, message: string) {
    super(message);
    this.name = 'ReeveWebhookVerificationError';
    this.reason = reason;
  }
}

const schemas = Object.fromEntries(REEVE_EVENT_TYPES.map((type) => [type, systemEventSchema(type)])) as Record<ReeveEventType, ReturnType<typeof systemEventSchema>>;

const verifier = createWebhookVerifier<SystemEvent>({
  parseEvent: typedEventParser<ReeveEventType, SystemEvent>('Reeve', schemas),
  error: (reason, message) => new ReeveWebhookVerificationError(reason, message),
});

/** Checks headers, timestamp and signature; throws `ReeveWebhookVerificationError` or returns the webhook id. */
export function verifyReeveWebhookSignature(input: VerifyWebhookInput): { id: string; timestampSeconds: number } {
  return verifier.verifySignature(input);
}

/**
 * Verifies a delivery and returns its SystemEvent, typed by `type` (a lifecycle event's `data` is the Connection).
 * Throws `ReeveWebhookVerificationError`, whose `reason` says what failed.
 */
export function verifyReeveWebhook(input: VerifyWebhookInput): SystemEvent {
  return verifier.verify(input);
}

/** Parses a delivery body into the typed SystemEvent without checking a signature (for platforms that give no raw body). */
export function parseReeveWebhookEvent(payload: string | unknown): SystemEvent {
  return verifier.parse(payload);
}
