/**
 * Verifies a webhook delivery and returns the typed event. Checks, in order: the three headers are there, the
 * timestamp is within the tolerance, one of the `v1` signatures matches one of the secrets (constant time),
 * and the body is a known event.
 */
import { EVENTS, eventSchema, type EventType, type WebhookEvent } from '../catalog/events';
import { DEFAULT_TOLERANCE_SECONDS, SIGNATURE_VERSION, WEBHOOK_HEADERS, computeSignature, signaturesMatch } from '../../machine/webhook-signature';

export type WebhookVerificationFailure =
  | 'missing_headers'
  | 'invalid_timestamp'
  | 'timestamp_too_old'
  | 'timestamp_too_new'
  | 'invalid_signature'
  | 'invalid_payload';

export class ReevoWebhookVerificationError extends Error {
  readonly reason: WebhookVerificationFailure;
  constructor(reason: WebhookVerificationFailure, message: string) {
    super(message);
    this.name = 'ReevoWebhookVerificationError';
    this.reason = reason;
  }
}

export type HeaderBag = Record<string, string | string[] | undefined> | Headers;

export interface VerifyWebhookInput {
  /** The raw body exactly as received: re-serialised JSON will not match the signature. */
  payload: string | Buffer;
  headers: HeaderBag;
  /** The subscription's secret, or several while rotating. */
  secret: string | readonly string[];
  toleranceSeconds?: number;
  /** Milliseconds since the epoch; injectable for tests. */
  now?: number;
}

/** Checks headers, timestamp and signature; throws `ReevoWebhookVerificationError` or returns the webhook id. */
export function verifyWebhookSignature(input: VerifyWebhookInput): { id: string; timestampSeconds: number } {
  const id = header(input.headers, WEBHOOK_HEADERS.id);
  const timestampText = header(input.headers, WEBHOOK_HEADERS.timestamp);
  const signatureHeader = header(input.headers, WEBHOOK_HEADERS.signature);
  if (!id || !timestampText || !signatureHeader) {
    throw new ReevoWebhookVerificationError('missing_headers', 'The delivery lacks the webhook-id, webhook-timestamp or webhook-signature header.');
  }
  if (!/^\d+$/.test(timestampText)) {
    throw new ReevoWebhookVerificationError('invalid_timestamp', 'The webhook-timestamp header is not a number of seconds.');
  }
  const timestampSeconds = Number(timestampText);
  const nowSeconds = Math.floor((input.now ?? Date.now()) / 1000);
  const tolerance = input.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
  if (timestampSeconds < nowSeconds - tolerance) {
    throw new ReevoWebhookVerificationError('timestamp_too_old', `The delivery was signed more than ${tolerance} seconds ago: it may be a replay.`);
  }
  if (timestampSeconds > nowSeconds + tolerance) {
    throw new ReevoWebhookVerificationError('timestamp_too_new', `The delivery is signed more than ${tolerance} seconds in the future: check the clocks.`);
  }

  const candidates = signatureHeader
    .split(' ')
    .map((entry) => entry.split(','))
    .filter((parts): parts is [string, string] => parts.length === 2 && parts[0] === SIGNATURE_VERSION)
    .map(([, signature]) => signature);
  const secrets = typeof input.secret === 'string' ? [input.secret] : input.secret;
  // Every pair is compared, without stopping at the first match, so timing says nothing about which matched.
  let matched = false;
  for (const secret of secrets) {
    const expected = computeSignature(secret, id, timestampSeconds, input.payload);
    for (const candidate of candidates) matched = signaturesMatch(expected, candidate) || matched;
  }
  if (!matched) {
    throw new ReevoWebhookVerificationError('invalid_signature', 'No webhook signature matches: check the signing secret of this subscription.');
  }
  return { id, timestampSeconds };
}

/** Verifies a delivery and parses it into the typed event. */
export function verifyWebhook(input: VerifyWebhookInput): WebhookEvent {
  verifyWebhookSignature(input);
  return parseWebhookEvent(typeof input.payload === 'string' ? input.payload : input.payload.toString('utf8'));
}

/** Parses a delivery body into the typed event without checking a signature (for platforms that give no raw body). */
export function parseWebhookEvent(payload: string | unknown): WebhookEvent {
  let body: unknown = payload;
  if (typeof payload === 'string') {
    try {
      body = JSON.parse(payload);
    } catch {
      throw new ReevoWebhookVerificationError('invalid_payload', 'The delivery body is not JSON.');
    }
  }
  const type = (body as { type?: unknown } | null)?.type;
  if (typeof type !== 'string' || !(type in EVENTS)) {
    throw new ReevoWebhookVerificationError('invalid_payload', `The delivery is not a known Reevo event (type: ${JSON.stringify(type)}).`);
  }
  const result = eventSchema(type as EventType).safeParse(body);
  if (!result.success) {
    const where = result.error.issues.map((issue) => issue.path.join('.') || 'body').join(', ');
    throw new ReevoWebhookVerificationError('invalid_payload', `The ${type} delivery does not have the event's shape (${where}).`);
  }
  return result.data as WebhookEvent;
}

function header(headers: HeaderBag, name: string): string | undefined {
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const bag = headers as Record<string, string | string[] | undefined>;
  const key = Object.keys(bag).find((candidate) => candidate.toLowerCase() === name);
  const value = key === undefined ? undefined : bag[key];
  return Array.isArray(value) ? value[0] : value;
}
