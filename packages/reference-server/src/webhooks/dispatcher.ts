/**
 * The delivery worker: one FIFO lane per subscription (a subscription's next event waits until the one before
 * it is delivered or failed; lanes run in parallel), retries on the scaled Standard Webhooks schedule, and the
 * delivery log. Everything is in memory: a restart loses pending deliveries.
 */
import { secretBytes, signPayload } from '@reevo/client/webhooks';
import { EVENTS, eventSchema, type EventType } from '@reevo/client/catalog';
import type { ListeningAddress } from '../net/own-address';
import { formatLimit } from '../runtime/limits';
import { selectPage, type PageRequest } from '../runtime/paging';
import { sendAttempt, type AttemptOutcome } from './attempt';
import { createKeepAliveFetch } from './keep-alive-fetch';
import { MAX_ATTEMPTS, MAX_RETRY_AFTER_MS, retryAfterMs, scheduledDelayMs } from './schedule';
import type { DeliveryFilter, WebhookDelivery, WebhookDeliveryAttempt, WebhookEventInput, WebhookTarget } from './types';
import { checkConnectedAddress, isAllowedWebhookUrl } from './url-policy';
import { ConditionWaiters } from './waiters';

export interface WebhookDispatcherOptions {
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
  /** The log keeps this many deliveries, pending ones included; the oldest finished ones go first. Default 10000. */
  maxLogEntries?: number;
  /** Deliveries one subscription may have pending; past it the oldest waiting one is dropped. Default 1000. */
  maxPendingPerSubscription?: number;
  /** Sent as user-agent on every attempt. */
  userAgent?: string;
}

export type WebhookDispatchErrorCode = 'delivery_not_found' | 'subscription_deleted' | 'dispatcher_closed' | 'invalid_event' | 'invalid_secret';

/** Thrown for a request the dispatcher cannot take; `code` lets the admin API pick its status (404, 409, 503, 500). */
export class WebhookDispatchError extends Error {
  constructor(
    readonly code: WebhookDispatchErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'WebhookDispatchError';
  }
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

interface Entry {
  delivery: WebhookDelivery;
  secret: string;
  /** The JSON body, serialised once so every attempt sends the same bytes. */
  body: string;
  /** Real (not server-clock) time in ms when the next attempt is due; null until the entry heads its lane. */
  dueAt: number | null;
}

interface InFlight {
  entry: Entry;
  controller: AbortController;
  done: Promise<void>;
}

interface Lane {
  workspaceId: string;
  subscriptionId: string;
  queue: Entry[];
  timer: NodeJS.Timeout | null;
  inFlight: InFlight | null;
}

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_LOG_ENTRIES = 10_000;
const DEFAULT_MAX_PENDING_PER_SUBSCRIPTION = 1_000;
const DEFAULT_SETTLE_TIMEOUT_MS = 10_000;

export function createWebhookDispatcher(options: WebhookDispatcherOptions = {}): WebhookDispatcher {
  const timeScale = options.timeScale ?? 1;
  if (!(timeScale >= 0) || !Number.isFinite(timeScale)) throw new RangeError(`timeScale must be a finite number ≥ 0, not ${timeScale}.`);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const allowHosts = options.allowHosts ?? [];
  const now = options.now ?? (() => new Date());
  const realNow = options.realNow ?? Date.now;
  const random = options.random ?? Math.random;
  const ownAddress = options.ownAddress ?? (() => null);
  const keepAlive = options.fetch ? null : createKeepAliveFetch({ checkConnection: (target) => checkConnectedAddress(target, allowHosts, ownAddress()) });
  const fetchImpl = options.fetch ?? (keepAlive as NonNullable<typeof keepAlive>).fetch;
  const maxLogEntries = options.maxLogEntries ?? DEFAULT_MAX_LOG_ENTRIES;
  const maxPending = options.maxPendingPerSubscription ?? DEFAULT_MAX_PENDING_PER_SUBSCRIPTION;
  if (!Number.isSafeInteger(maxPending) || maxPending < 1) throw new RangeError(`maxPendingPerSubscription must be a whole number ≥ 1, not ${maxPending}.`);
  const userAgent = options.userAgent ?? 'Reevo-Reference-Server-Webhooks/0.1';

  const lanes = new Map<string, Lane>();
  const log = new Map<string, Entry>();
  const deletedSubscriptions = new Set<string>();
  // Attempts still running, including those of lanes already dropped (deleted subscription, reset).
  const running = new Set<InFlight>();
  const waiters = new ConditionWaiters();
  let deliveryCount = 0;
  let closed = false;

  function laneFor(workspaceId: string, subscriptionId: string): Lane {
    let lane = lanes.get(subscriptionId);
    if (!lane) {
      lane = { workspaceId, subscriptionId, queue: [], timer: null, inFlight: null };
      lanes.set(subscriptionId, lane);
    }
    return lane;
  }

  function addEntry(workspaceId: string, subscriptionId: string, entry: Entry): WebhookDelivery {
    const lane = laneFor(workspaceId, subscriptionId);
    lane.queue.push(entry);
    if (lane.queue.length > maxPending) dropOldestWaiting(lane);
    log.set(entry.delivery.id, entry);
    pruneLog();
    pump(lane);
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
      `Dropped without being sent: subscription ${lane.subscriptionId} already had ${formatLimit(maxPending)} deliveries pending, the reference server's limit per subscription (pending_deliveries_per_subscription), so the oldest waiting one made room for the newest. Its receiver is not accepting deliveries: fix it, then flush (POST /__admin/webhooks/flush) or redeliver the ones you need.`,
    );
  }

  function newDeliveryId(): string {
    deliveryCount += 1;
    return `dlv_${String(deliveryCount).padStart(6, '0')}`;
  }

  /** Starts the head's attempt if it is due, or sets a timer for when it will be. */
  function pump(lane: Lane): void {
    if (closed || lane.inFlight || lanes.get(lane.subscriptionId) !== lane) return;
    const head = lane.queue[0];
    if (!head) {
      lanes.delete(lane.subscriptionId);
      return;
    }
    if (head.dueAt === null) {
      head.dueAt = Date.now();
      head.delivery.nextAttemptAt = now().toISOString();
    }
    const wait = head.dueAt - Date.now();
    if (wait <= 0) {
      start(lane);
    } else if (!lane.timer) {
      lane.timer = setTimeout(() => {
        lane.timer = null;
        pump(lane);
      }, wait);
      lane.timer.unref();
    }
  }

  function start(lane: Lane): void {
    const entry = lane.queue[0];
    if (!entry || lane.inFlight) return;
    if (lane.timer) clearTimeout(lane.timer);
    lane.timer = null;
    const controller = new AbortController();
    const inFlight: InFlight = { entry, controller, done: Promise.resolve() };
    inFlight.done = attempt(lane, entry, controller.signal).finally(() => {
      running.delete(inFlight);
      lane.inFlight = null;
      pump(lane);
      waiters.notify();
    });
    lane.inFlight = inFlight;
    running.add(inFlight);
    waiters.notify();
  }

  async function attempt(lane: Lane, entry: Entry, signal: AbortSignal): Promise<void> {
    const { delivery } = entry;
    const at = now();
    const headers = {
      'content-type': 'application/json',
      'user-agent': userAgent,
      ...signPayload({ id: delivery.eventId, timestampSeconds: Math.floor(realNow() / 1000), payload: entry.body, secret: entry.secret }),
    };
    delivery.nextAttemptAt = null;
    const refusal = isAllowedWebhookUrl(delivery.url, allowHosts, ownAddress());
    const outcome: AttemptOutcome = refusal
      ? { status: null, error: `Not sent: ${refusal}`, durationMs: 0, retryAfter: null, aborted: false }
      : await sendAttempt({ url: delivery.url, body: entry.body, headers, timeoutMs, signal, fetch: fetchImpl });
    const record: WebhookDeliveryAttempt = {
      number: delivery.attempts.length + 1,
      at: at.toISOString(),
      status: outcome.status,
      error: outcome.error,
      durationMs: outcome.durationMs,
      requestHeaders: headers,
    };
    delivery.attempts.push(record);
    // Deleted, reset or closing while the attempt ran: the log keeps the attempt, nothing else follows from it.
    if (outcome.aborted || delivery.state !== 'pending' || lane.queue[0] !== entry) return;
    decide(lane, entry, outcome);
  }

  function decide(lane: Lane, entry: Entry, outcome: AttemptOutcome): void {
    const { delivery } = entry;
    const status = outcome.status;
    if (status !== null && status >= 200 && status < 300) {
      finish(lane, entry, 'delivered', null);
      return;
    }
    if (status === 410) {
      const reason = 'The receiver answered 410 Gone.';
      finish(lane, entry, 'failed', reason);
      disable(lane, reason);
      return;
    }
    const attemptsMade = delivery.attempts.length;
    const scheduled = scheduledDelayMs(attemptsMade + 1, timeScale, random);
    if (scheduled === null) {
      const reason = `All ${MAX_ATTEMPTS} delivery attempts failed; the last: ${outcome.error ?? 'no reason'}`;
      finish(lane, entry, 'failed', reason);
      disable(lane, reason);
      return;
    }
    const delay = Math.max(scheduled, askedDelay(status, outcome.retryAfter));
    entry.dueAt = Date.now() + delay;
    delivery.nextAttemptAt = new Date(now().getTime() + delay).toISOString();
  }

  /** What Retry-After asks for on 429 and 503, scaled like the schedule and capped at its longest step. */
  function askedDelay(status: number | null, retryAfter: string | null): number {
    if (status !== 429 && status !== 503) return 0;
    const asked = retryAfterMs(retryAfter, now());
    return asked === null ? 0 : Math.round(Math.min(asked, MAX_RETRY_AFTER_MS) * timeScale);
  }

  function finish(lane: Lane, entry: Entry, state: 'delivered' | 'failed', reason: string | null): void {
    entry.delivery.state = state;
    entry.delivery.failureReason = reason;
    entry.delivery.nextAttemptAt = null;
    entry.dueAt = null;
    const index = lane.queue.indexOf(entry);
    if (index >= 0) lane.queue.splice(index, 1);
  }

  /** Tells the domain, and drops what else was queued for the subscription: a disabled endpoint gets nothing more. */
  function disable(lane: Lane, reason: string): void {
    for (const waiting of [...lane.queue]) finish(lane, waiting, 'failed', `The subscription was disabled: ${reason}`);
    try {
      options.onDisable?.(lane.workspaceId, lane.subscriptionId, reason);
    } catch (error) {
      // The delivery worker must go on for other subscriptions; the failure is reported, not swallowed.
      console.error(`Disabling webhook subscription ${lane.subscriptionId} failed:`, error);
    }
  }

  function stopTimer(lane: Lane): void {
    if (lane.timer) clearTimeout(lane.timer);
    lane.timer = null;
  }

  /** Aborts every attempt in flight and resolves once they have all been logged. */
  async function abortAll(reason: string): Promise<void> {
    const stopping = [...running];
    for (const inFlight of stopping) inFlight.controller.abort(reason);
    await Promise.all(stopping.map((inFlight) => inFlight.done));
  }

  /** Keeps the log at maxLogEntries: the oldest finished deliveries go first, then (only if it is all pending) the oldest pending ones, which fail. */
  function pruneLog(): void {
    if (log.size <= maxLogEntries) return;
    for (const [id, entry] of log) {
      if (log.size <= maxLogEntries) return;
      if (entry.delivery.state !== 'pending') log.delete(id);
    }
    for (const [id, entry] of log) {
      if (log.size <= maxLogEntries) return;
      const lane = lanes.get(entry.delivery.subscriptionId);
      if (lane) {
        finish(lane, entry, 'failed', `Dropped: the delivery log holds at most ${formatLimit(maxLogEntries)} deliveries (delivery_log_entries) and every one was pending.`);
        if (lane.inFlight?.entry === entry) lane.inFlight.controller.abort('the delivery log was full');
      }
      log.delete(id);
    }
  }

  /** Deleted subscriptions matter only while the log holds one of their deliveries (redeliver refuses those). */
  function forgetDeletedWithoutDeliveries(): void {
    const logged = new Set([...log.values()].map((entry) => entry.delivery.subscriptionId));
    for (const id of deletedSubscriptions) if (!logged.has(id)) deletedSubscriptions.delete(id);
  }

  function matching(filter: DeliveryFilter = {}): Entry[] {
    return [...log.values()].filter(
      ({ delivery }) =>
        (filter.workspaceId === undefined || delivery.workspaceId === filter.workspaceId) &&
        (filter.subscriptionId === undefined || delivery.subscriptionId === filter.subscriptionId),
    );
  }

  function assertOpen(): void {
    if (closed) throw new WebhookDispatchError('dispatcher_closed', 'The webhook dispatcher is closed: the server is shutting down.');
  }

  return {
    enqueue(workspaceId, subscription, event) {
      assertOpen();
      const eventType = checkEvent(event);
      checkSecret(subscription);
      const body = JSON.stringify(event);
      const delivery: WebhookDelivery = {
        id: newDeliveryId(),
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
      for (const lane of lanes.values()) {
        // An attempt already in flight is this flush's attempt too: a second one would break the queue's order.
        if (!lane.inFlight) start(lane);
        if (lane.inFlight) attempts.push(lane.inFlight);
      }
      await Promise.all(attempts.map((inFlight) => inFlight.done));
      return attempts.map((inFlight) => copy(inFlight.entry));
    },

    deliveries(filter, page) {
      const entries = matching(filter);
      return page ? selectPage(entries.map(({ delivery }) => delivery), page).map((delivery) => structuredClone(delivery)) : entries.map(copy);
    },

    redeliver(deliveryId) {
      assertOpen();
      const original = log.get(deliveryId);
      if (!original) {
        throw new WebhookDispatchError('delivery_not_found', `No webhook delivery has the id ${deliveryId}: list them with GET /__admin/webhooks/deliveries.`);
      }
      const { delivery } = original;
      if (deletedSubscriptions.has(delivery.subscriptionId)) {
        throw new WebhookDispatchError('subscription_deleted', `Delivery ${deliveryId} cannot be sent again: its subscription ${delivery.subscriptionId} was deleted.`);
      }
      const again: WebhookDelivery = {
        ...structuredClone(delivery),
        id: newDeliveryId(),
        state: 'pending',
        attempts: [],
        nextAttemptAt: null,
        failureReason: null,
        redeliveryOf: delivery.id,
      };
      return addEntry(delivery.workspaceId, delivery.subscriptionId, { delivery: again, secret: original.secret, body: original.body, dueAt: null });
    },

    cancelSubscription(subscriptionId) {
      deletedSubscriptions.add(subscriptionId);
      if (deletedSubscriptions.size > maxLogEntries) forgetDeletedWithoutDeliveries();
      const lane = lanes.get(subscriptionId);
      if (!lane) return;
      for (const entry of [...lane.queue]) finish(lane, entry, 'failed', 'The subscription was deleted.');
      stopTimer(lane);
      lane.inFlight?.controller.abort('the subscription was deleted');
      lanes.delete(subscriptionId);
      waiters.notify();
    },

    idle() {
      return waiters.until(() => (running.size > 0 ? undefined : true)).then(() => undefined);
    },

    settle(filter, settleTimeoutMs = DEFAULT_SETTLE_TIMEOUT_MS) {
      return waiters.until(
        () => {
          const entries = matching(filter);
          return entries.some((entry) => entry.delivery.state === 'pending') ? undefined : entries.map(copy);
        },
        settleTimeoutMs,
        () => {
          const pending = matching(filter).filter((entry) => entry.delivery.state === 'pending');
          const list = pending.map(({ delivery }) => `${delivery.id} (${delivery.eventType} to ${delivery.url}, ${delivery.attempts.length} attempts, next ${delivery.nextAttemptAt ?? 'after the one before it'})`);
          return `Webhook deliveries still pending after ${settleTimeoutMs} ms: ${list.join('; ')}. Flush them (POST /__admin/webhooks/flush) or use a smaller timeScale.`;
        },
      );
    },

    async reset() {
      for (const lane of lanes.values()) {
        stopTimer(lane);
        lane.queue.length = 0;
      }
      lanes.clear();
      log.clear();
      deletedSubscriptions.clear();
      deliveryCount = 0;
      await abortAll('the reference server was reset');
      waiters.notify();
    },

    async close() {
      closed = true;
      for (const lane of lanes.values()) stopTimer(lane);
      await abortAll('the reference server is shutting down');
      keepAlive?.destroy();
      waiters.notify();
    },
  };
}

/** The event's type, after checking the event has the catalog's shape: a wrong payload fails loudly, here. */
function checkEvent(event: WebhookEventInput): EventType {
  if (!(event.type in EVENTS)) {
    throw new WebhookDispatchError('invalid_event', `Unknown webhook event type ${JSON.stringify(event.type)}: use one of ${Object.keys(EVENTS).join(', ')}.`);
  }
  const type = event.type as EventType;
  const result = eventSchema(type).safeParse(event);
  if (!result.success) {
    const fields = result.error.issues.map((issue) => `${issue.path.join('.') || 'event'}: ${issue.message}`).join('; ');
    throw new WebhookDispatchError('invalid_event', `The ${type} event does not match the catalog's event schema (${fields}).`);
  }
  return type;
}

function checkSecret(subscription: WebhookTarget): void {
  try {
    secretBytes(subscription.secret);
  } catch {
    throw new WebhookDispatchError('invalid_secret', `Subscription ${subscription.id} has no usable signing secret: it should look like whsec_<base64>.`);
  }
}

function copy(entry: Entry): WebhookDelivery {
  return structuredClone(entry.delivery);
}
