import { Webhook } from 'standardwebhooks';
import {
  ReevoWebhookVerificationError,
  generateWebhookSecret,
  parseWebhookEvent,
  signPayload,
  verifyWebhook,
  verifyWebhookSignature,
} from '@integration-pack/core/reevo/webhooks';
import { sampleEvent } from '@integration-pack/core/reevo/api';

const secret = generateWebhookSecret();
const payload = JSON.stringify(sampleEvent('contact.created'));
const now = Date.UTC(2026, 10, 23, 10, 0, 0);
const nowSeconds = now / 1000;

function failureOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof ReevoWebhookVerificationError) return error.reason;
    throw error;
  }
  return undefined;
}

describe('webhook signatures (Standard Webhooks)', () => {
  it('makes whsec_ secrets of 32 random bytes', () => {
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(secret.slice(6), 'base64')).toHaveLength(32);
    expect(generateWebhookSecret()).not.toBe(secret);
  });

  it('signs exactly as the standardwebhooks library does, both ways', () => {
    const headers = signPayload({ id: 'evt_1', timestampSeconds: nowSeconds, payload, secret });
    const library = new Webhook(secret);
    const date = new Date(now);
    expect(headers['webhook-signature']).toBe(library.sign('evt_1', date, payload));
    // The library checks the timestamp against the real clock, so verify with a fresh one.
    const fresh = Math.floor(Date.now() / 1000);
    expect(library.verify(payload, signPayload({ id: 'evt_1', timestampSeconds: fresh, payload, secret }))).toEqual(JSON.parse(payload));
    const theirs = { 'webhook-id': 'evt_2', 'webhook-timestamp': String(fresh), 'webhook-signature': library.sign('evt_2', new Date(fresh * 1000), payload) };
    expect(verifyWebhook({ payload, headers: theirs, secret })).toMatchObject({ type: 'contact.created' });
  });

  it('returns the typed event', () => {
    const headers = signPayload({ id: 'evt_1', timestampSeconds: nowSeconds, payload, secret });
    const event = verifyWebhook({ payload: Buffer.from(payload), headers, secret, now });
    expect(event.type).toBe('contact.created');
    if (event.type === 'contact.created') expect(event.data.email).toBe('jane.doe@acme.com');
  });

  it('rejects a tampered body, a tampered id, and a wrong secret', () => {
    const headers = signPayload({ id: 'evt_1', timestampSeconds: nowSeconds, payload, secret });
    expect(failureOf(() => verifyWebhook({ payload: payload.replace('Jane', 'Joan'), headers, secret, now }))).toBe('invalid_signature');
    expect(failureOf(() => verifyWebhook({ payload, headers: { ...headers, 'webhook-id': 'evt_2' }, secret, now }))).toBe('invalid_signature');
    expect(failureOf(() => verifyWebhook({ payload, headers, secret: generateWebhookSecret(), now }))).toBe('invalid_signature');
  });

  it('accepts any of several v1 signatures and any of several secrets (rotation)', () => {
    const oldSecret = generateWebhookSecret();
    const headers = signPayload({ id: 'evt_1', timestampSeconds: nowSeconds, payload, secret: [oldSecret, secret] });
    expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
    expect(failureOf(() => verifyWebhookSignature({ payload, headers, secret, now }))).toBeUndefined();
    expect(failureOf(() => verifyWebhookSignature({ payload, headers, secret: oldSecret, now }))).toBeUndefined();
    const single = signPayload({ id: 'evt_1', timestampSeconds: nowSeconds, payload, secret });
    expect(failureOf(() => verifyWebhookSignature({ payload, headers: single, secret: [generateWebhookSecret(), secret], now }))).toBeUndefined();
    const foreignVersion = { ...single, 'webhook-signature': single['webhook-signature'].replace('v1,', 'v1a,') };
    expect(failureOf(() => verifyWebhookSignature({ payload, headers: foreignVersion, secret, now }))).toBe('invalid_signature');
  });

  it('allows 5 minutes of clock skew either way, and no more', () => {
    const at = (offsetSeconds: number) => signPayload({ id: 'evt_1', timestampSeconds: nowSeconds + offsetSeconds, payload, secret });
    expect(failureOf(() => verifyWebhookSignature({ payload, headers: at(-300), secret, now }))).toBeUndefined();
    expect(failureOf(() => verifyWebhookSignature({ payload, headers: at(300), secret, now }))).toBeUndefined();
    expect(failureOf(() => verifyWebhookSignature({ payload, headers: at(-301), secret, now }))).toBe('timestamp_too_old');
    expect(failureOf(() => verifyWebhookSignature({ payload, headers: at(301), secret, now }))).toBe('timestamp_too_new');
  });

  it('rejects missing headers and a non-numeric timestamp, and reads Headers objects and any header case', () => {
    const headers = signPayload({ id: 'evt_1', timestampSeconds: nowSeconds, payload, secret });
    expect(failureOf(() => verifyWebhookSignature({ payload, headers: { 'webhook-id': 'evt_1' }, secret, now }))).toBe('missing_headers');
    expect(failureOf(() => verifyWebhookSignature({ payload, headers: { ...headers, 'webhook-timestamp': 'soon' }, secret, now }))).toBe('invalid_timestamp');
    expect(failureOf(() => verifyWebhookSignature({ payload, headers: new Headers(headers as unknown as Record<string, string>), secret, now }))).toBeUndefined();
    const upper = { 'Webhook-Id': headers['webhook-id'], 'Webhook-Timestamp': headers['webhook-timestamp'], 'Webhook-Signature': headers['webhook-signature'] };
    expect(failureOf(() => verifyWebhookSignature({ payload, headers: upper, secret, now }))).toBeUndefined();
  });

  it('rejects a signed body that is not a known event', () => {
    const bogus = JSON.stringify({ id: 'evt_1', type: 'contact.deleted', created_at: '2026-11-23T10:00:00Z', data: {} });
    const headers = signPayload({ id: 'evt_1', timestampSeconds: nowSeconds, payload: bogus, secret });
    expect(failureOf(() => verifyWebhook({ payload: bogus, headers, secret, now }))).toBe('invalid_payload');
    expect(failureOf(() => parseWebhookEvent('not json'))).toBe('invalid_payload');
    expect(failureOf(() => parseWebhookEvent({ ...sampleEvent('task.created'), data: { id: 1 } }))).toBe('invalid_payload');
  });
});
