import { Webhook } from 'standardwebhooks';
import {
  ReeveWebhookVerificationError,
  generateWebhookSecret,
  parseReeveWebhookEvent,
  sampleSystemEvent,
  signPayload,
  verifyReeveWebhook,
  verifyReeveWebhookSignature,
  type SystemEvent,
  type VerifyWebhookInput,
} from '@reevo/client/reeve';

const secret = generateWebhookSecret();
const event = sampleSystemEvent('shopify.order.created');
const payload = JSON.stringify(event);

/** A delivery signed by the standardwebhooks library itself, now. */
function librarySigned(body: string, id = event.id, signingSecret = secret): VerifyWebhookInput {
  const timestamp = new Date();
  const seconds = Math.floor(timestamp.getTime() / 1000);
  const headers = { 'webhook-id': id, 'webhook-timestamp': String(seconds), 'webhook-signature': new Webhook(signingSecret).sign(id, timestamp, body) };
  return { payload: body, headers, secret };
}

function failureOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof ReeveWebhookVerificationError) return error.reason;
    throw error;
  }
  return undefined;
}

describe('verifyReeveWebhook (Standard Webhooks, docs/reeve-api.md §4)', () => {
  it('verifies a delivery the standardwebhooks library signed, and returns the typed SystemEvent', () => {
    const verified = verifyReeveWebhook(librarySigned(payload));
    expect(verified).toEqual(event);
    if (verified.type === 'shopify.order.created') expect(verified.data['name']).toBe('#1001');
  });

  it('types a lifecycle event by its Connection', () => {
    const expired = sampleSystemEvent('connection.expired');
    const verified: SystemEvent = verifyReeveWebhook({ ...librarySigned(JSON.stringify(expired), expired.id), payload: Buffer.from(JSON.stringify(expired)) });
    if (verified.type !== 'connection.expired') throw new Error(`expected connection.expired, got ${verified.type}`);
    expect(verified.data.status_reason).toMatch(/^Reconnect Shopify/);
  });

  it('reads headers from a fetch Headers object as well', () => {
    const signed = librarySigned(payload);
    expect(verifyReeveWebhook({ ...signed, headers: new Headers(signed.headers as Record<string, string>) }).id).toBe(event.id);
  });

  it('refuses a forged delivery: another secret, or the body changed after signing', () => {
    expect(failureOf(() => verifyReeveWebhook(librarySigned(payload, event.id, generateWebhookSecret())))).toBe('invalid_signature');
    const signed = librarySigned(payload);
    const reserialised = JSON.stringify(JSON.parse(payload), null, 2);
    expect(failureOf(() => verifyReeveWebhook({ ...signed, payload: reserialised }))).toBe('invalid_signature');
    expect(failureOf(() => verifyReeveWebhook({ ...signed, headers: { ...signed.headers, 'webhook-id': 'evt_other' } }))).toBe('invalid_signature');
  });

  it('refuses a stale delivery (a replay) and one from the future, past the 5-minute tolerance', () => {
    const signed = librarySigned(payload);
    const sentAt = Number((signed.headers as Record<string, string>)['webhook-timestamp']) * 1000;
    expect(failureOf(() => verifyReeveWebhook({ ...signed, now: sentAt + 301_000 }))).toBe('timestamp_too_old');
    expect(failureOf(() => verifyReeveWebhook({ ...signed, now: sentAt - 301_000 }))).toBe('timestamp_too_new');
    expect(verifyReeveWebhook({ ...signed, now: sentAt + 299_000 }).id).toBe(event.id);
  });

  it('refuses an unsigned delivery', () => {
    const signed = librarySigned(payload);
    const { 'webhook-signature': _signature, ...unsigned } = signed.headers as Record<string, string>;
    expect(failureOf(() => verifyReeveWebhook({ ...signed, headers: unsigned }))).toBe('missing_headers');
    expect(failureOf(() => verifyReeveWebhook({ ...signed, headers: {} }))).toBe('missing_headers');
  });

  it('accepts either secret while rotating', () => {
    const next = generateWebhookSecret();
    const seconds = Math.floor(Date.now() / 1000);
    const headers = signPayload({ id: event.id, timestampSeconds: seconds, payload, secret: next });
    expect(verifyReeveWebhook({ payload, headers, secret: [secret, next] }).id).toBe(event.id);
    expect(verifyReeveWebhookSignature({ payload, headers, secret: next })).toEqual({ id: event.id, timestampSeconds: seconds });
  });

  it('refuses a signed body that is no Reeve event, naming what is wrong', () => {
    const unknown = JSON.stringify({ ...event, type: 'contact.created' });
    expect(() => verifyReeveWebhook(librarySigned(unknown))).toThrow(/not a known Reeve event \(type: "contact.created"\)/);
    const inherited = JSON.stringify({ ...event, type: 'toString' });
    expect(failureOf(() => verifyReeveWebhook(librarySigned(inherited)))).toBe('invalid_payload');
    const badConnection = JSON.stringify({ ...sampleSystemEvent('connection.connected'), data: { provider: 'shopify' } });
    expect(() => verifyReeveWebhook(librarySigned(badConnection))).toThrow(/connection.connected delivery does not have the event's shape \(data\.type/);
    expect(failureOf(() => verifyReeveWebhook(librarySigned('not json')))).toBe('invalid_payload');
  });

  it('parses a body without a signature, for platforms that hand over no raw body', () => {
    expect(parseReeveWebhookEvent(event)).toEqual(event);
    expect(parseReeveWebhookEvent(payload)).toEqual(event);
  });
});
