/**
 * What every provider signature scheme shares (docs/reeve-api.md §5): the request as received (headers and the raw
 * body bytes, never a body parsed and serialised again), the typed answer of a verification, case-insensitive
 * header reading, and the constant-time comparison of signature text.
 */
import { timingSafeEqual } from 'node:crypto';

/** A provider's request as it arrived: header names in any case (Node gives them lower-cased), the body's bytes. */
export interface InboundRequest {
  headers: Readonly<Record<string, string | readonly string[] | undefined>>;
  rawBody: Buffer | string;
}

/**
 * A verified delivery names the provider's id for it (duplicates are dropped by it) and its topic in the provider's
 * own words (`orders/create`, `payment_intent.succeeded`, `push`); a refusal says which header is wrong and how to fix it.
 */
export type InboundVerification = { ok: true; deliveryId: string; topic: string } | { ok: false; reason: string };

/** The headers a signer produces, named as the provider spells them. */
export type SignedProviderHeaders = Record<string, string>;

export function refuse(reason: string): InboundVerification {
  return { ok: false, reason };
}

/** The body's bytes: a string is taken as the UTF-8 text that was sent. */
export function bodyBytes(rawBody: Buffer | string): Buffer {
  return typeof rawBody === 'string' ? Buffer.from(rawBody, 'utf8') : rawBody;
}

/**
 * One header's value, whatever the case of its name. A header sent twice is refused by the caller rather than
 * guessed at: `{ repeated: true }`.
 */
export function readHeader(request: InboundRequest, name: string): { value: string | undefined; repeated: boolean } {
  const wanted = name.toLowerCase();
  const values: string[] = [];
  for (const [key, value] of Object.entries(request.headers)) {
    if (key.toLowerCase() !== wanted || value === undefined) continue;
    if (typeof value === 'string') values.push(value);
    else values.push(...value);
  }
  return { value: values.length === 1 ? values[0] : undefined, repeated: values.length > 1 };
}

/**
 * A header that must be present once and not empty: its trimmed value, or the refusal naming it. `fix` says where
 * the provider sets it.
 */
export function requireHeader(request: InboundRequest, name: string, fix: string): { value: string } | { refusal: InboundVerification } {
  const { value, repeated } = readHeader(request, name);
  if (repeated) return { refusal: refuse(`The ${name} header was sent more than once: send it once. ${fix}`) };
  const trimmed = value?.trim();
  if (!trimmed) return { refusal: refuse(`The ${name} header is missing: ${fix}`) };
  return { value: trimmed };
}

/** Constant-time equality of two signature texts (hex or base64 as sent): their lengths alone are not secret. */
export function sameSignatureText(expected: string, candidate: string): boolean {
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(candidate, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}
