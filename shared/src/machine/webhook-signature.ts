/**
 * Standard Webhooks signatures (API.md §6) with node:crypto only: `webhook-signature: v1,<base64 HMAC-SHA256 of
 * "id.timestamp.body">`, keyed by the bytes of a `whsec_<base64>` secret. The reference server signs with
 * `signPayload`; receivers verify with `verifyWebhook`.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const SECRET_PREFIX = 'whsec_';
export const SIGNATURE_VERSION = 'v1';
/** Receivers reject deliveries signed more than this many seconds before or after their own clock. */
export const DEFAULT_TOLERANCE_SECONDS = 5 * 60;

export const WEBHOOK_HEADERS = {
  id: 'webhook-id',
  timestamp: 'webhook-timestamp',
  signature: 'webhook-signature',
} as const;

/** A new signing secret: `whsec_` and the base64 of 32 random bytes. */
export function generateWebhookSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(32).toString('base64')}`;
}

export function secretBytes(secret: string): Buffer {
  const encoded = secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret;
  const bytes = Buffer.from(encoded, 'base64');
  if (bytes.length === 0) throw new TypeError('The webhook secret is empty or not base64: it should look like whsec_<base64>.');
  return bytes;
}

/** The base64 HMAC of one delivery attempt. */
export function computeSignature(secret: string, id: string, timestampSeconds: number, payload: string | Buffer): string {
  return createHmac('sha256', secretBytes(secret))
    .update(`${id}.${timestampSeconds}.`)
    .update(payload)
    .digest('base64');
}

export type SignedHeaders = {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
};

/**
 * The three headers of a delivery attempt. Several secrets (during a rotation) give several space-separated
 * signatures, as the spec allows.
 */
export function signPayload(input: { id: string; timestampSeconds: number; payload: string | Buffer; secret: string | readonly string[] }): SignedHeaders {
  const secrets = typeof input.secret === 'string' ? [input.secret] : input.secret;
  const signatures = secrets.map((secret) => `${SIGNATURE_VERSION},${computeSignature(secret, input.id, input.timestampSeconds, input.payload)}`);
  return {
    'webhook-id': input.id,
    'webhook-timestamp': String(input.timestampSeconds),
    'webhook-signature': signatures.join(' '),
  };
}

/** Constant-time comparison of two base64 signatures (lengths may differ: that alone is not secret). */
export function signaturesMatch(expectedBase64: string, candidateBase64: string): boolean {
  const expected = Buffer.from(expectedBase64, 'base64');
  const candidate = Buffer.from(candidateBase64, 'base64');
  return expected.length === candidate.length && timingSafeEqual(expected, candidate);
}
