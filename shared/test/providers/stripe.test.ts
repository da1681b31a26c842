/** Stripe's webhook scheme (docs/reeve-api.md §5) against stripe-node's own signer and verifier. */
import Stripe from 'stripe';
import { signStripeWebhook, stripeSignature, STRIPE_SIGNATURE_HEADER, verifyStripeWebhook } from '../../src/providers';

const stripe = new Stripe('sk_test_reference');
const SECRET = 'whsec_test_reference_secret';
const EVENT = JSON.stringify({ id: 'evt_1', object: 'event', type: 'payment_intent.succeeded', data: { object: { id: 'pi_1', amount: 2000, currency: 'usd' } } });
const now = () => Math.floor(Date.now() / 1000);

function request(header: string, rawBody: string = EVENT) {
  return { headers: { [STRIPE_SIGNATURE_HEADER.toLowerCase()]: header }, rawBody: Buffer.from(rawBody) };
}

describe('Stripe webhook signatures', () => {
  it("verifies stripe-node's test header, and stripe-node verifies ours", () => {
    const timestamp = now();
    const theirs = stripe.webhooks.generateTestHeaderString({ payload: EVENT, secret: SECRET, timestamp });
    expect(verifyStripeWebhook(request(theirs), SECRET)).toEqual({ ok: true, deliveryId: 'evt_1', topic: 'payment_intent.succeeded' });
    const ours = signStripeWebhook({ secret: SECRET, rawBody: EVENT, timestampSeconds: timestamp })[STRIPE_SIGNATURE_HEADER] as string;
    expect(ours).toBe(theirs);
    expect(stripe.webhooks.constructEvent(EVENT, ours, SECRET).id).toBe('evt_1');
  });

  it('keys the HMAC with the whole whsec_ string, as Stripe does', () => {
    const timestamp = 1_700_000_000;
    expect(`t=${timestamp},v1=${stripeSignature(SECRET, timestamp, EVENT)}`).toBe(stripe.webhooks.generateTestHeaderString({ payload: EVENT, secret: SECRET, timestamp }));
  });

  it('accepts a header with several v1 signatures when any one matches (a secret rotation)', () => {
    const header = signStripeWebhook({ secret: ['whsec_old', SECRET], rawBody: EVENT, timestampSeconds: now() })[STRIPE_SIGNATURE_HEADER] as string;
    expect(header.match(/v1=/g)).toHaveLength(2);
    expect(verifyStripeWebhook(request(header), SECRET).ok).toBe(true);
    expect(stripe.webhooks.constructEvent(EVENT, header, SECRET).type).toBe('payment_intent.succeeded');
  });

  it('refuses a timestamp past the 300 s tolerance, as stripe-node does', () => {
    const stale = now() - 301;
    const header = stripe.webhooks.generateTestHeaderString({ payload: EVENT, secret: SECRET, timestamp: stale });
    expect(() => stripe.webhooks.constructEvent(EVENT, header, SECRET)).toThrow(/tolerance/);
    expect(verifyStripeWebhook(request(header), SECRET)).toEqual({ ok: false, reason: expect.stringContaining('past the 300 s tolerance') });
    expect(verifyStripeWebhook(request(header), SECRET, { nowSeconds: stale + 300 }).ok).toBe(true);
  });

  it('refuses a missing header, a wrong secret and a header without t or v1, naming what is wrong', () => {
    expect(verifyStripeWebhook({ headers: {}, rawBody: EVENT }, SECRET)).toEqual({ ok: false, reason: expect.stringContaining('The Stripe-Signature header is missing') });
    const wrong = stripe.webhooks.generateTestHeaderString({ payload: EVENT, secret: 'whsec_other', timestamp: now() });
    expect(verifyStripeWebhook(request(wrong), SECRET)).toEqual({ ok: false, reason: expect.stringContaining('No v1 signature') });
    expect(verifyStripeWebhook(request(`v1=${stripeSignature(SECRET, now(), EVENT)}`), SECRET)).toEqual({ ok: false, reason: expect.stringContaining('no t=') });
    expect(verifyStripeWebhook(request(`t=${now()},v0=abc`), SECRET)).toEqual({ ok: false, reason: expect.stringContaining('no v1 signature') });
  });

  it('refuses a body parsed and serialised again, though it means the same', () => {
    const sent = '{\n  "id": "evt_2",\n  "type": "invoice.created"\n}';
    const header = stripe.webhooks.generateTestHeaderString({ payload: sent, secret: SECRET, timestamp: now() });
    expect(verifyStripeWebhook(request(header, sent), SECRET)).toEqual({ ok: true, deliveryId: 'evt_2', topic: 'invoice.created' });
    expect(verifyStripeWebhook(request(header, JSON.stringify(JSON.parse(sent))), SECRET).ok).toBe(false);
  });

  it('refuses a well-signed body that is not an event', () => {
    const header = stripe.webhooks.generateTestHeaderString({ payload: '{"id":"evt_3"}', secret: SECRET, timestamp: now() });
    expect(verifyStripeWebhook(request(header, '{"id":"evt_3"}'), SECRET)).toEqual({ ok: false, reason: expect.stringContaining('not a Stripe event') });
  });
});
