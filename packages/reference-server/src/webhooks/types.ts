/**
 * The delivery log's records: the shapes of the testing contract, plus what a person debugging a webhook needs
 * (the headers sent, why a delivery failed, which delivery a redelivery repeats). Secrets never appear here.
 */
import type { Delivery, DeliveryAttempt } from '../testing-contract';

export interface WebhookDeliveryAttempt extends DeliveryAttempt {
  /** 1 for the first attempt of this delivery. */
  number: number;
  /** The request headers sent, signature included (the secret is never sent nor logged). */
  requestHeaders: Record<string, string>;
}

export interface WebhookDelivery extends Delivery {
  attempts: WebhookDeliveryAttempt[];
  /** Why a failed delivery stopped (410, retries used up, subscription deleted or disabled); null otherwise. */
  failureReason: string | null;
  /** The id of the delivery this one re-sends, when it was made by `redeliver`. */
  redeliveryOf: string | null;
}

/** What the dispatcher needs of a subscription; the secret stays inside the dispatcher. */
export interface WebhookTarget {
  id: string;
  url: string;
  secret: string;
}

/**
 * An event as an API emits it; it becomes the delivery body, serialised once. The dispatcher reads only its id and
 * type; the rest is the API's own (Reevo's `created_at`, `data` and `changes`; Reeve's SystemEvent).
 */
export interface WebhookEventInput {
  id: string;
  type: string;
  [field: string]: unknown;
}

export interface DeliveryFilter {
  workspaceId?: string;
  subscriptionId?: string;
}
