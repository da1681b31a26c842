/**
 * GitHub's webhook signature (docs/reeve-api.md §5): `X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw
 * body>`, keyed with the hook's secret; `X-GitHub-Delivery` identifies the delivery and `X-GitHub-Event` names the
 * event. No timestamp is signed: replays are stopped by the delivery id alone.
 */
import { createHmac } from 'node:crypto';
import { bodyBytes, refuse, requireHeader, sameSignatureText, type InboundRequest, type InboundVerification, type SignedProviderHeaders } from './inbound';

export const GITHUB_WEBHOOK_HEADERS = {
  signature: 'X-Hub-Signature-256',
  event: 'X-GitHub-Event',
  delivery: 'X-GitHub-Delivery',
  hookId: 'X-GitHub-Hook-ID',
} as const;

const SIGNATURE_PREFIX = 'sha256=';

export function gitHubSignature(secret: string, rawBody: Buffer | string): string {
  return `${SIGNATURE_PREFIX}${createHmac('sha256', secret).update(bodyBytes(rawBody)).digest('hex')}`;
}

export interface GitHubDelivery {
  /** The hook's secret. */
  secret: string;
  rawBody: Buffer | string;
  event: string;
  /** A GUID per delivery. */
  deliveryId: string;
  hookId: string;
}

/** The headers GitHub sends with a delivery, signature included. */
export function signGitHubWebhook(delivery: GitHubDelivery): SignedProviderHeaders {
  return {
    [GITHUB_WEBHOOK_HEADERS.signature]: gitHubSignature(delivery.secret, delivery.rawBody),
    [GITHUB_WEBHOOK_HEADERS.event]: delivery.event,
    [GITHUB_WEBHOOK_HEADERS.delivery]: delivery.deliveryId,
    [GITHUB_WEBHOOK_HEADERS.hookId]: delivery.hookId,
    'User-Agent': 'GitHub-Hookshot/reference',
  };
}

const SECRET_FIX = "GitHub sends it only when the hook has a secret: set the hook's secret to the connection's webhook secret, and sign the raw body bytes as sent (sha256=<hex>).";

export function verifyGitHubWebhook(request: InboundRequest, secret: string): InboundVerification {
  const signature = requireHeader(request, GITHUB_WEBHOOK_HEADERS.signature, SECRET_FIX);
  if ('refusal' in signature) return signature.refusal;
  if (!signature.value.startsWith(SIGNATURE_PREFIX)) {
    return refuse(`The ${GITHUB_WEBHOOK_HEADERS.signature} header must read sha256=<hex digest>: the legacy sha1 signature (X-Hub-Signature) is not accepted.`);
  }
  if (!sameSignatureText(gitHubSignature(secret, request.rawBody), signature.value.toLowerCase())) {
    return refuse(`The ${GITHUB_WEBHOOK_HEADERS.signature} header does not match the body. ${SECRET_FIX}`);
  }
  const delivery = requireHeader(request, GITHUB_WEBHOOK_HEADERS.delivery, 'GitHub sends a GUID with every delivery; send it so that duplicates can be dropped.');
  if ('refusal' in delivery) return delivery.refusal;
  const event = requireHeader(request, GITHUB_WEBHOOK_HEADERS.event, 'GitHub names the event there, e.g. push.');
  if ('refusal' in event) return event.refusal;
  return { ok: true, deliveryId: delivery.value, topic: event.value };
}
