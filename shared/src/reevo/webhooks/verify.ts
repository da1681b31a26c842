/**
 * Verifies a Reevo webhook delivery and returns the typed event, with the machine's Standard Webhooks verifier
 * (src/machine/webhook-verify.ts): headers, timestamp tolerance, constant-time signature, then a known event's shape.
 */
import { EVENTS, eventSchema, type EventType, type WebhookEvent } from '../catalog/events';
import {
  createWebhookVerifier,
  typedEventParser,
  type VerifyWebhookInput,
  type WebhookVerificationFailure,
} from '../../machine/webhook-verify';

export type { HeaderBag, VerifyWebhookInput, WebhookVerificationFailure } from '../../machine/webhook-verify';

export class ReevoWebhookVerificationError extends Error {
  readonly reason: WebhookVerificationFailure;
  constructor(reason: WebhookVerificationFailure, message: string) {
    super(message);
    this.name = 'ReevoWebhookVerificationError';
    this.reason = reason;
  }
}

const schemas = Object.fromEntries((Object.keys(EVENTS) as EventType[]).map((type) => [type, eventSchema(type)])) as Record<EventType, ReturnType<typeof eventSchema>>;

const verifier = createWebhookVerifier<WebhookEvent>({
  parseEvent: typedEventParser<EventType, WebhookEvent>('Reevo', schemas),
  error: (reason, message) => new ReevoWebhookVerificationError(reason, message),
});

/** Checks headers, timestamp and signature; throws `ReevoWebhookVerificationError` or returns the webhook id. */
export function verifyWebhookSignature(input: VerifyWebhookInput): { id: string; timestampSeconds: number } {
  return verifier.verifySignature(input);
}

/** Verifies a delivery and parses it into the typed event. */
export function verifyWebhook(input: VerifyWebhookInput): WebhookEvent {
  return verifier.verify(input);
}

/** Parses a delivery body into the typed event without checking a signature (for platforms that give no raw body). */
export function parseWebhookEvent(payload: string | unknown): WebhookEvent {
  return verifier.parse(payload);
}
