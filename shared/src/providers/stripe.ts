/**
 * Stripe's webhook signature (docs/reeve-api.md §5): `Stripe-Signature: t=<unix>,v1=<hex>[,v1=<hex>…]`, each v1
 * the hex HMAC-SHA256 of `"<t>.<raw body>"` keyed with the whole endpoint secret (`whsec_…`). Any one v1 may match
 * (that is how Stripe rotates secrets), and a `t` more than 300 s old is refused, on real time: the sender signs
 * with its own clock. The delivery id is the event's `id` and the topic its `type`, both read from the verified body.
 */
import { createHmac } from 'node:crypto';
import { bodyBytes, refuse, requireHeader, sameSignatureText, type InboundRequest, type InboundVerification, type SignedProviderHeaders } from './inbound';

export const STRIPE_SIGNATURE_HEADER = 'Stripe-Signature';
/** Stripe's own `DEFAULT_TOLERANCE` (stripe-node `Webhooks.ts`). */
export const STRIPE_TOLERANCE_SECONDS = 300;
const SCHEME = 'v1';

export function stripeSignature(secret: string, timestampSeconds: number, rawBody: Buffer | string): string {
  return createHmac('sha256', secret).update(`${timestampSeconds}.`).update(bodyBytes(rawBody)).digest('hex');
}

export interface StripeDelivery {
  /** The endpoint secret, or several during a rotation (one v1 each). */
  secret: string | readonly string[];
  rawBody: Buffer | string;
  timestampSeconds: number;
}

export function signStripeWebhook(delivery: StripeDelivery): SignedProviderHeaders {
  const secrets = typeof delivery.secret === 'string' ? [delivery.secret] : delivery.secret;
  const signatures = secrets.map((secret) => `${SCHEME}=${stripeSignature(secret, delivery.timestampSeconds, delivery.rawBody)}`);
  return { [STRIPE_SIGNATURE_HEADER]: [`t=${delivery.timestampSeconds}`, ...signatures].join(',') };
}

export interface StripeVerifyOptions {
  /** Real time in seconds; `Date.now()` by default. */
  nowSeconds?: number;
  toleranceSeconds?: number;
}

const SECRET_FIX = 'Sign "<t>.<raw body>" with the endpoint secret (the whole whsec_… string) and send t=<unix seconds>,v1=<hex>.';

/** Stripe's own reading of the header: `t`, and every `v1` in order; other schemes (`v0`) are ignored. */
function parseSignatureHeader(header: string): { timestamp: number | null; signatures: string[] } {
  let timestamp: number | null = null;
  const signatures: string[] = [];
  for (const item of header.split(',')) {
    const separator = item.indexOf('=');
    if (separator < 0) continue;
    const key = item.slice(0, separator).trim();
    const value = item.slice(separator + 1).trim();
    if (key === 't' && /^\d+$/.test(value)) timestamp = Number(value);
    if (key === SCHEME) signatures.push(value);
  }
  return { timestamp, signatures };
}

export function verifyStripeWebhook(request: InboundRequest, secret: string, options: StripeVerifyOptions = {}): InboundVerification {
  const header = requireHeader(request, STRIPE_SIGNATURE_HEADER, SECRET_FIX);
  if ('refusal' in header) return header.refusal;
  const { timestamp, signatures } = parseSignatureHeader(header.value);
  if (timestamp === null) return refuse(`The ${STRIPE_SIGNATURE_HEADER} header has no t=<unix seconds> timestamp. ${SECRET_FIX}`);
  if (signatures.length === 0) return refuse(`The ${STRIPE_SIGNATURE_HEADER} header has no v1 signature. ${SECRET_FIX}`);
  const expected = stripeSignature(secret, timestamp, request.rawBody);
  // Every v1 is compared, not only up to the first match, so the time taken says nothing about which one matched.
  const matches = signatures.map((candidate) => sameSignatureText(expected, candidate.toLowerCase()));
  if (!matches.includes(true)) return refuse(`No v1 signature in the ${STRIPE_SIGNATURE_HEADER} header matches the body. ${SECRET_FIX}`);
  const nowSeconds = options.nowSeconds ?? Math.floor(Date.now() / 1000);
  const tolerance = options.toleranceSeconds ?? STRIPE_TOLERANCE_SECONDS;
  const age = nowSeconds - timestamp;
  if (age > tolerance) {
    return refuse(`The ${STRIPE_SIGNATURE_HEADER} timestamp t=${timestamp} is ${age} s old, past the ${tolerance} s tolerance: sign each delivery when it is sent, with the current time.`);
  }
  const event = eventIdentity(request.rawBody);
  if (!event) return refuse('The body is not a Stripe event: a JSON object with a string id (evt_…) and a string type (e.g. payment_intent.succeeded).');
  return { ok: true, deliveryId: event.id, topic: event.type };
}

function eventIdentity(rawBody: Buffer | string): { id: string; type: string } | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(bodyBytes(rawBody).toString('utf8'));
  } catch {
    return null;
  }
  if (parsed === null || typeof parsed !== 'object') return null;
  const { id, type } = parsed as { id?: unknown; type?: unknown };
  return typeof id === 'string' && id !== '' && typeof type === 'string' && type !== '' ? { id, type } : null;
}
