/**
 * The delivery worker, composed of its parts: lanes (`lanes.ts`: one FIFO queue per subscription, in parallel),
 * attempts and the retry decision (`delivery-attempts.ts`), the log (`delivery-log.ts`), and the checks an event
 * passes before it is queued (`event-check.ts`). This file wires them and adds what spans them: enqueue, flush,
 * redelivery, cancelling a subscription, waiting, reset and close. Everything is in memory: a restart loses pending
 * deliveries. It serves any API: the event types come from the definition it is given.
 */
import { DEFAULT_LIMITS, formatLimit, limitName } from '../runtime/limits';
import type { PageRequest } from '../runtime/paging';
import type { ListeningAddress } from '../net/own-address';
import { attemptRunner } from './delivery-attempts';
import { copy, DeliveryLog } from './delivery-log';
import { WebhookDispatchError } from './dispatch-error';
import { checkEvent, checkSecret, type DispatchedEvents } from './event-check';
import { createKeepAliveFetch } from './keep-alive-fetch';
import { finish, Lanes, type Entry, type InFlight, type Lane } from './lanes';
import type { DeliveryFilter, WebhookDelivery, WebhookEventInput, WebhookTarget } from './types';
import { checkConnectedAddress } from './url-policy';
import { ConditionWaiters } from './waiters';

export { WebhookDispatchError, type WebhookDispatchErrorCode } from './dispatch-error';

export interface WebhookDispatcherOptions {
  /** The API's events (its definition's `events`, and their schemas): only these are queued. */
  events: DispatchedEvents;
  /** Multiplies the retry schedule and any Retry-After; default 1, tests use 0.001 or less. */
  timeScale?: number;
  /** Per-attempt timeout in ms; default 10000. */
  timeoutMs?: number;
  /** Extra hosts deliveries may go to over https; loopback (127.0.0.0/8, ::1, localhost) always may. */
  allowHosts?: readonly string[];
  /** Where the server listens (null before it does): deliveries there are refused, by URL and at connect time. */
  ownAddress?: () => ListeningAddress | null;
  /** The server's controllable clock: the log's times and the next attempt's due time are labelled with it. */
  now?: () => Date;
  /**
   * Real time in ms, for `webhook-timestamp` (docs/reevo-api.md §7): receivers check it against their own clocks,
   * so a QA person moving the server's clock must not make every delivery look forged. Date.now by default.
   */
  realNow?: () => number;
  /** The seeded generator for jitter (0 ≤ r < 1). */
  random?: () => number;
  /** Called once when a subscription must be disabled: its receiver answered 410, or every retry failed. */
  onDisable?: (workspaceId: string, subscriptionId: string, reason: string) => void;
  /** How attempts are sent; default a keep-alive node:http client (`keep-alive-fetch.ts`). */
  fetch?: typeof fetch;
  /** The log keeps this many deliveries, pending ones included; the oldest finished ones go first. Default `limits.ts`'s. */
  maxLogEntries?: number;
  /** Deliveries one subscription may have pending; past it the oldest waiting one is dropped. Default `limits.ts`'s. */
  maxPendingPerSubscription?: number;
  /** Sent as user-agent on every attempt. */
  userAgent?: string;
}

export interface WebhookDispatcher {
  /** Queues an event for one subscription and returns its log record; the first attempt goes at once unless an earlier delivery of the subscription is unfinished. */
  enqueue(workspaceId: string, subscription: WebhookTarget, event: WebhookEventInput): WebhookDelivery;
  /**
   * One attempt now for the delivery at the head of each subscription's queue (a retry not yet due included), all
   * at once; resolves with those deliveries when their attempts end. The ones queued behind a delivered head go
   * right after it, in order, without flush waiting for them (a slow receiver holds back only its own queue).
   */
  flush(): Promise<WebhookDelivery[]>;
  /** The log, oldest first, as copies; with a page request, only that page. */
  deliveries(filter?: DeliveryFilter, page?: PageRequest): WebhookDelivery[];
  /** A new delivery of the same event: same body bytes, same webhook-id, a fresh timestamp and signature. */
  redeliver(deliveryId: string): WebhookDelivery;
  /** The subscription was deleted: its pending deliveries fail at once and an attempt in flight is aborted. */
  cancelSubscription(subscriptionId: string): void;
  /** Resolves when no attempt is in flight (pending retries wait on their timers and do not count). */
  idle(): Promise<void>;
  /** Resolves with the matching deliveries once none is pending; rejects after timeoutMs naming those still pending. */
  settle(filter?: DeliveryFilter, timeoutMs?: number): Promise<WebhookDelivery[]>;
  /** Forgets every delivery and restarts delivery ids (admin reset): aborts attempts in flight and stops timers, but stays usable. */
  reset(): Promise<void>;
  /** Stops timers and aborts attempts in flight; later enqueues throw. */
  close(): Promise<void>;
}

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_SETTLE_TIMEOUT_MS = 10_000;

export function createWebhookDispatcher(options: WebhookDispatcherOptions): WebhookDispatcher {
  const timeScale = options.timeScale ?? 1;
  if (!(timeScale >= 0) || !Number.isFinite(timeScale)) throw new RangeError(`timeScale must be a finite number ≥ 0, not ${timeScale}.`);
  const allowHosts = options.allowHosts ?? [];
  const now = options.now ?? (() => new Date());
  const ownAddress = options.ownAddress ?? (() => null);
  const keepAlive = options.fetch ? null : createKeepAliveFetch({ checkConnection: (target) => checkConnectedAddress(target, allowHosts, ownAddress()) });
  const maxPending = options.maxPendingPerSubscription ?? DEFAULT_LIMITS.pendingDeliveriesPerSubscription;
  if (!Number.isSafeInteger(maxPending) || maxPending < 1) throw new RangeError(`maxPendingPerSubscription must be a whole number ≥ 1, not ${maxPending}.`);

  const waiters = new ConditionWaiters();
  const lanes = new Lanes({
    attempt: attemptRunner({
      timeScale,
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      allowHosts,
      ownAddress,
      now,
      realNow: options.realNow ?? Date.now,
      random: options.random ?? Math.random,
      fetch: options.fetch ?? (keepAlive as NonNullable<typeof keepAlive>).fetch,
      userAgent: options.userAgent ?? 'Reference-Server-Webhooks/0.1',
      ...(options.onDisable ? { onDisable: options.onDisable } : {}),
    }),
    now,
    notify: () => waiters.notify(),
  });
  const log = new DeliveryLog(options.maxLogEntries ?? DEFAULT_LIMITS.deliveryLogEntries, (entry, reason) => {
    const lane = lanes.get(entry.delivery.subscriptionId);
    if (!lane) return;
    finish(lane, entry, 'failed', reason);
    if (lane.inFlight?.entry === entry) lane.inFlight.controller.abort('the delivery log was full');
  });
  let closed = false;

  function addEntry(workspaceId: string, subscriptionId: string, entry: Entry): WebhookDelivery {
    const lane = lanes.laneFor(workspaceId, subscriptionId);
    lane.queue.push(entry);
    if (lane.queue.length > maxPending) dropOldestWaiting(lane);
    log.add(entry);
    lanes.pump(lane);
    waiters.notify();
    return copy(entry);
  }

  /**
   * A receiver that is down must not make its queue grow without end. The head keeps its place and its retry
   * schedule (so the subscription is still disabled once every retry has failed); the oldest delivery waiting
   * behind it makes room, and stays in the log saying why.
   */
  function dropOldestWaiting(lane: Lane): void {
    const dropped = lane.queue[1];
    if (!dropped) return;
    finish(
      lane,
      dropped,
      'failed',
      `Dropped without being sent: subscription ${lane.subscriptionId} already had ${formatLimit(maxPending)} deliveries pending, the reference server's limit per subscription (${limitName('pendingDeliveriesPerSubscription')}), so the oldest waiting one made room for the newest. Its receiver is not accepting deliveries: fix it, then flush (POST /__admin/webhooks/flush) or redeliver the ones you need.`,
    );
  }

  function assertOpen(): void {
    if (closed) {
      throw new WebhookDispatchError('dispatcher_closed', 'The webhook dispatcher is closed: the server is shutting down and sends no more webhooks. Start it again and repeat the change that made the event.');
    }
  }

  function pendingOf(filter?: DeliveryFilter): Entry[] {
    return log.matching(filter).filter((entry) => entry.delivery.state === 'pending');
  }

  return {
    enqueue(workspaceId, subscription, event) {
      assertOpen();
      const eventType = checkEvent(event, options.events);
      checkSecret(subscription);
      const body = JSON.stringify(event);
      const delivery: WebhookDelivery = {
        id: log.newDeliveryId(),
        workspaceId,
        subscriptionId: subscription.id,
        eventId: event.id,
        eventType,
        url: subscription.url,
        state: 'pending',
        attempts: [],
        nextAttemptAt: null,
        payload: JSON.parse(body) as unknown,
        failureReason: null,
        redeliveryOf: null,
      };
      return addEntry(workspaceId, subscription.id, { delivery, secret: subscription.secret, body, dueAt: null });
    },

    async flush() {
      if (closed) return [];
      const attempts: InFlight[] = [];
      for (const lane of lanes.all()) {
        // An attempt already in flight is this flush's attempt too: a second one would break the queue's order.
        if (!lane.inFlight) lanes.start(lane);
        if (lane.inFlight) attempts.push(lane.inFlight);
      }
      await Promise.all(attempts.map((inFlight) => inFlight.done));
      return attempts.map((inFlight) => copy(inFlight.entry));
    },

    deliveries(filter, page) {
      return log.list(filter, page);
    },

    redeliver(deliveryId) {
      assertOpen();
      const original = log.get(deliveryId);
      if (!original) {
        throw new WebhookDispatchError('delivery_not_found', `No webhook delivery has the id ${deliveryId}: list them with GET /__admin/webhooks/deliveries.`);
      }
      const { delivery } = original;
      if (log.isDeleted(delivery.subscriptionId)) {
        throw new WebhookDispatchError('subscription_deleted', `Delivery ${deliveryId} cannot be sent again: its subscription ${delivery.subscriptionId} was deleted.`);
      }
      const again: WebhookDelivery = {
        ...structuredClone(delivery),
        id: log.newDeliveryId(),
        state: 'pending',
        attempts: [],
        nextAttemptAt: null,
        failureReason: null,
        redeliveryOf: delivery.id,
      };
      return addEntry(delivery.workspaceId, delivery.subscriptionId, { delivery: again, secret: original.secret, body: original.body, dueAt: null });
    },

    cancelSubscription(subscriptionId) {
      log.markDeleted(subscriptionId);
      if (!lanes.get(subscriptionId)) return;
      lanes.drop(subscriptionId, 'The subscription was deleted.');
      waiters.notify();
    },

    idle() {
      return waiters.until(() => (lanes.attemptsRunning > 0 ? undefined : true)).then(() => undefined);
    },

    settle(filter, settleTimeoutMs = DEFAULT_SETTLE_TIMEOUT_MS) {
      return waiters.until(
        () => (pendingOf(filter).length > 0 ? undefined : log.matching(filter).map(copy)),
        settleTimeoutMs,
        () => {
          const list = pendingOf(filter).map(({ delivery }) => `${delivery.id} (${delivery.eventType} to ${delivery.url}, ${delivery.attempts.length} attempts, next ${delivery.nextAttemptAt ?? 'after the one before it'})`);
          return `Webhook deliveries still pending after ${settleTimeoutMs} ms: ${list.join('; ')}. Flush them (POST /__admin/webhooks/flush) or use a smaller timeScale.`;
        },
      );
    },

    async reset() {
      const aborting = lanes.clear();
      log.clear();
      await aborting;
      waiters.notify();
    },

    async close() {
      closed = true;
      await lanes.close();
      keepAlive?.destroy();
      waiters.notify();
    },
  };
}
