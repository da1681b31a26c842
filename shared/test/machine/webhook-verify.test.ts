/** The machine's Standard Webhooks verifier, beyond what each product's tests cover. */
import { generateWebhookSecret, parseWebhookEvent, ReevoWebhookVerificationError, signPayload, verifyWebhook } from '@reevo/client/webhooks';
import { sampleEvent } from '@reevo/client/catalog';

describe('typedEventParser', () => {
  // Reevo's parser once looked the type up with `in`, so an inherited name reached a missing schema and threw a TypeError.
  it.each(['toString', 'constructor', '__proto__'])('refuses the inherited name %s as an event type, with the verification error', (type) => {
    const body = JSON.stringify({ ...sampleEvent('contact.created'), type });
    const secret = generateWebhookSecret();
    const headers = signPayload({ id: 'evt_1', timestampSeconds: Math.floor(Date.now() / 1000), payload: body, secret });
    expect(() => verifyWebhook({ payload: body, headers, secret })).toThrow(ReevoWebhookVerificationError);
    expect(() => parseWebhookEvent(body)).toThrow(/not a known Reevo event/);
  });
});
