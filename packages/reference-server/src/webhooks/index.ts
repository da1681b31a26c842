/**
 * Webhook delivery for the reference server (research/reference-server.md §5, docs/reevo-api.md §6, docs/webhooks.md).
 *
 * API, as the HTTP layer wires it:
 *
 *   createWebhookDispatcher(options: {
 *     events: { types, schemaOf? };   // the names of the API definition's events (and their schemas): only these are queued;
 *                                     // combineEvents(...) joins several APIs' so one log serves them all
 *     timeScale?: number;      // multiplies the retry schedule and Retry-After; default 1, tests 0.001 or less
 *     timeoutMs?: number;      // per attempt; default 10000
 *     allowHosts?: string[];   // extra https hosts; loopback (127.0.0.0/8, ::1, localhost) is always allowed
 *     ownAddress?: () => ListeningAddress | null;   // where the server listens: deliveries there are refused
 *     now?: () => Date;        // the server clock: the log's times
 *     realNow?: () => number;  // real time for webhook-timestamp, which receivers check with their own clocks
 *     random?: () => number;   // seeded jitter (±10 %)
 *     onDisable?: (workspaceId, subscriptionId, reason) => void;  // 410, or all 10 attempts failed
 *     fetch?: typeof fetch;    // default a keep-alive node:http client (keep-alive-fetch.ts)
 *     maxLogEntries?: number;  // deliveries kept in the log, pending included (oldest finished go first); default 10000
 *     maxPendingPerSubscription?: number;  // past it the oldest waiting delivery is dropped; default 1000
 *     userAgent?: string;
 *   }) => WebhookDispatcher
 *
 *   WebhookDispatcher:
 *     enqueue(workspaceId, { id, url, secret }, event) → WebhookDelivery   // throws WebhookDispatchError 'invalid_event' | 'invalid_secret' | 'dispatcher_closed'
 *     flush() → Promise<WebhookDelivery[]> // one attempt now for each subscription's head, all at once; those deliveries
 *     deliveries({ workspaceId?, subscriptionId? }?, page?) → WebhookDelivery[]   // copies, oldest first (or the page), no secrets
 *     redeliver(deliveryId) → WebhookDelivery      // throws 'delivery_not_found' (404) | 'subscription_deleted' (409)
 *     cancelSubscription(subscriptionId) → void    // call when a subscription is deleted
 *     idle() → Promise<void>               // no attempt in flight
 *     settle(filter?, timeoutMs = 10000) → Promise<WebhookDelivery[]>     // none pending (for settleWebhooks)
 *     reset() → Promise<void>              // forget everything and restart delivery ids (admin reset)
 *     close() → Promise<void>              // stop timers, abort attempts in flight
 *
 *   isAllowedWebhookUrl(url, allowHosts?, ownAddress?) → null | message   // for the domain's WebhookUrlPolicy
 *
 * The dispatcher is split by job: `lanes.ts` (per-subscription queues), `delivery-attempts.ts` (an attempt and the
 * retry decision), `delivery-log.ts` (the log and its paging), `event-check.ts`, and `dispatcher.ts` wiring them
 * (enqueue, flush, redelivery, cancel, settle, reset).
 *
 * `WebhookDelivery` is the testing contract's `Delivery` plus `failureReason`, `redeliveryOf`, and per attempt
 * `number` and `requestHeaders`. The receiver kit for tests is in `./receiver` (not exported here, so the server
 * itself does not load it).
 */
export { createWebhookDispatcher, WebhookDispatchError } from './dispatcher';
export type { WebhookDispatcher, WebhookDispatcherOptions, WebhookDispatchErrorCode } from './dispatcher';
export { combineEvents, type DispatchedEvents } from './event-check';
export { checkConnectedAddress, isAllowedWebhookUrl } from './url-policy';
export { RETRY_SCHEDULE_SECONDS, MAX_ATTEMPTS } from './schedule';
export type { DeliveryFilter, WebhookDelivery, WebhookDeliveryAttempt, WebhookEventInput, WebhookTarget } from './types';
