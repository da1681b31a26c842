/**
 * Verifying a Standard Webhooks delivery (docs/reevo-api.md §6), for any API definition: the three headers are there,
 * the timestamp is within the tolerance, one `v1` signature matches one of the secrets (constant time), and the body
 * is one of the definition's events. A product makes its verifier with `createWebhookVerifier`, giving the parser of
 * its events and its own error class.
 */
import type * as z from 'zod';
import { DEFAULT_TOLERANCE_SECONDS, SIGNATURE_VERSION, WEBHOOK_HEADERS, computeSignature, signaturesMatch } from './webhook-signature';

export type WebhookVerificationFailure =
  | 'missing_headers'
  | 'invalid_timestamp'
  | 'timestamp_too_old'
  | 'timestamp_too_new'
  | 'invalid_signature'
  | 'invalid_payload';

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

/** What a definition's event parser answers: the typed event, or what is wrong with the body, in words. */
export type EventParse<E> = { event: E } | { problem: string };

export interface WebhookVerifierSpec<E> {
  /** Reads a parsed JSON body into one of the definition's events. */
  parseEvent(body: unknown): EventParse<E>;
  /** The definition's error for a failed verification. */
  error(reason: WebhookVerificationFailure, message: string): Error;
}

export interface WebhookVerifier<E> {
  /** Checks headers, timestamp and signature; throws the definition's error or returns the webhook id. */
  verifySignature(input: VerifyWebhookInput): { id: string; timestampSeconds: number };
  /** Verifies a delivery and parses it into the typed event. */
  verify(input: VerifyWebhookInput): E;
  /** Parses a delivery body into the typed event without checking a signature (for platforms that give no raw body). */
  parse(payload: string | unknown): E;
}

export function createWebhookVerifier<E>(spec: WebhookVerifierSpec<E>): WebhookVerifier<E> {
  function verifySignature(input: VerifyWebhookInput): { id: string; timestampSeconds: number } {
    const id = header(input.headers, WEBHOOK_HEADERS.id);
    const timestampText = header(input.headers, WEBHOOK_HEADERS.timestamp);
    const signatureHeader = header(input.headers, WEBHOOK_HEADERS.signature);
    if (!id || !timestampText || !signatureHeader) {
      throw spec.error('missing_headers', 'The delivery lacks the webhook-id, webhook-timestamp or webhook-signature header.');
    }
    if (!/^\d+$/.test(timestampText)) {
      throw spec.error('invalid_timestamp', 'The webhook-timestamp header is not a number of seconds.');
    }
    const timestampSeconds = Number(timestampText);
    const nowSeconds = Math.floor((input.now ?? Date.now()) / 1000);
    const tolerance = input.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
    if (timestampSeconds < nowSeconds - tolerance) {
      throw spec.error('timestamp_too_old', `The delivery was signed more than ${tolerance} seconds ago: it may be a replay.`);
    }
    if (timestampSeconds > nowSeconds + tolerance) {
      throw spec.error('timestamp_too_new', `The delivery is signed more than ${tolerance} seconds in the future: check the clocks.`);
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
      throw spec.error('invalid_signature', 'No webhook signature matches: check the signing secret of this subscription.');
    }
    return { id, timestampSeconds };
  }

  function parse(payload: string | unknown): E {
    let body: unknown = payload;
    if (typeof payload === 'string') {
      try {
        body = JSON.parse(payload);
      } catch {
        throw spec.error('invalid_payload', 'The delivery body is not JSON.');
      }
    }
    const result = spec.parseEvent(body);
    if ('problem' in result) throw spec.error('invalid_payload', result.problem);
    return result.event;
  }

  return {
    verifySignature,
    verify(input) {
      verifySignature(input);
      return parse(typeof input.payload === 'string' ? input.payload : input.payload.toString('utf8'));
    },
    parse,
  };
}

/**
 * The event parser of a definition whose deliveries carry their type in `type`: the body must name one of the
 * definition's types (its own keys only, so `toString` is no event) and have that event's shape.
 */
export function typedEventParser<T extends string, E>(apiName: string, schemas: Readonly<Record<T, z.ZodType>>): (body: unknown) => EventParse<E> {
  return (body) => {
    const type = (body as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !Object.hasOwn(schemas, type)) return { problem: `The delivery is not a known ${apiName} event (type: ${JSON.stringify(type)}).` };
    const result = schemas[type as T].safeParse(body);
    if (result.success) return { event: result.data as E };
    const where = result.error.issues.map((issue) => issue.path.join('.') || 'body').join(', ');
    return { problem: `The ${type} delivery does not have the event's shape (${where}).` };
  };
}

function header(headers: HeaderBag, name: string): string | undefined {
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const bag = headers as Record<string, string | string[] | undefined>;
  const key = Object.keys(bag).find((candidate) => candidate.toLowerCase() === name);
  const value = key === undefined ? undefined : bag[key];
  return Array.isArray(value) ? value[0] : value;
}
