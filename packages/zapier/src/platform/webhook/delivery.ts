/**
 * A hook delivery as Zapier hands it to `perform`: `bundle.rawRequest.content` is the body exactly as received (the
 * bytes a Standard Webhooks signature covers; `cleanedRequest` is parsed and re-serialised, so it cannot be checked),
 * and `bundle.rawRequest.headers` are written with an `Http-` prefix in title case (`Http-Webhook-Signature`).
 * Headers are read both as Zapier writes them and plain, so the same code runs under Zapier and in tests.
 */
import type { VerifyWebhookInput, WebhookVerificationFailure } from '@integration-pack/core/machine';
import type { Bundle } from 'zapier-platform-core';
import { RefusedDelivery } from '../product';

export interface RawDelivery {
  payload: string;
  /** Header names lower-cased and without Zapier's `Http-` prefix. */
  headers: Record<string, string>;
}

const ZAPIER_HEADER_PREFIX = /^http-/i;

export function deliveryHeaders(headers: Readonly<Record<string, unknown>> | undefined): Record<string, string> {
  const plain: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (typeof value !== 'string') continue;
    const key = name.replace(ZAPIER_HEADER_PREFIX, '').toLowerCase();
    // A prefixed header is what reached Zapier's hook URL; it wins over a plain one of the same name.
    if (ZAPIER_HEADER_PREFIX.test(name) || !(key in plain)) plain[key] = value;
  }
  return plain;
}

export function rawDeliveryOf(bundle: Pick<Bundle, 'rawRequest'>): RawDelivery {
  const raw = bundle.rawRequest ?? {};
  return { payload: typeof raw.content === 'string' ? raw.content : '', headers: deliveryHeaders(raw.headers) };
}

/**
 * A product's webhook verifier (the definition's `verify…Webhook`) as `HookEvents.verify`: its own verification error
 * becomes `RefusedDelivery` with the same reason and words; any other error is a defect and passes through.
 */
export function refusingDeliveries<Event>(
  verify: (input: VerifyWebhookInput) => Event,
  VerificationError: abstract new (...args: never[]) => Error & { reason: WebhookVerificationFailure },
): (input: VerifyWebhookInput) => Event {
  return (input) => {
    try {
      return verify(input);
    } catch (error) {
      if (error instanceof VerificationError) throw new RefusedDelivery(error.reason, error.message);
      throw error;
    }
  };
}
