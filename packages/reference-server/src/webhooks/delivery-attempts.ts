/**
 * One attempt of a lane's head and what follows from it: sign and send (or refuse a target the URL policy forbids),
 * log the attempt, then decide: delivered on a 2xx; failed and the subscription disabled on a 410 or once the
 * schedule is used up; else the next attempt's due time, from the scaled schedule or a longer Retry-After.
 */
import { signPayload } from '@integration-pack/core/machine';
import type { ListeningAddress } from '../net/own-address';
import { sendAttempt, type AttemptOutcome } from './attempt';
import { finish, type Entry, type Lane } from './lanes';
import { MAX_ATTEMPTS, MAX_RETRY_AFTER_MS, retryAfterMs, scheduledDelayMs } from './schedule';
import type { WebhookDeliveryAttempt } from './types';
import { isAllowedWebhookUrl } from './url-policy';

export interface AttemptSettings {
  timeScale: number;
  timeoutMs: number;
  allowHosts: readonly string[];
  ownAddress: () => ListeningAddress | null;
  /** The server clock: the log's times and the next attempt's due time are labelled with it. */
  now: () => Date;
  /** Real time in ms, for `webhook-timestamp` (docs/reevo-api.md §7). */
  realNow: () => number;
  random: () => number;
  fetch: typeof fetch;
  userAgent: string;
  onDisable?: (workspaceId: string, subscriptionId: string, reason: string) => void;
}

/** The function the lanes call to make one attempt of a head. */
export function attemptRunner(settings: AttemptSettings): (lane: Lane, entry: Entry, signal: AbortSignal) => Promise<void> {
  return async function attempt(lane, entry, signal) {
    const { delivery } = entry;
    const at = settings.now();
    const headers = {
      'content-type': 'application/json',
      'user-agent': settings.userAgent,
      ...signPayload({ id: delivery.eventId, timestampSeconds: Math.floor(settings.realNow() / 1000), payload: entry.body, secret: entry.secret }),
    };
    delivery.nextAttemptAt = null;
    const refusal = isAllowedWebhookUrl(delivery.url, settings.allowHosts, settings.ownAddress());
    const outcome: AttemptOutcome = refusal
      ? { status: null, error: `Not sent: ${refusal}`, durationMs: 0, retryAfter: null, aborted: false }
      : await sendAttempt({ url: delivery.url, body: entry.body, headers, timeoutMs: settings.timeoutMs, signal, fetch: settings.fetch });
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
    decide(settings, lane, entry, outcome);
  };
}

function decide(settings: AttemptSettings, lane: Lane, entry: Entry, outcome: AttemptOutcome): void {
  const { delivery } = entry;
  const status = outcome.status;
  if (status !== null && status >= 200 && status < 300) {
    finish(lane, entry, 'delivered', null);
    return;
  }
  if (status === 410) {
    const reason = 'The receiver answered 410 Gone.';
    finish(lane, entry, 'failed', reason);
    disable(settings, lane, reason);
    return;
  }
  const attemptsMade = delivery.attempts.length;
  const scheduled = scheduledDelayMs(attemptsMade + 1, settings.timeScale, settings.random);
  if (scheduled === null) {
    const reason = `All ${MAX_ATTEMPTS} delivery attempts failed; the last: ${outcome.error ?? 'no reason'}`;
    finish(lane, entry, 'failed', reason);
    disable(settings, lane, reason);
    return;
  }
  const delay = Math.max(scheduled, askedDelay(settings, status, outcome.retryAfter));
  entry.dueAt = Date.now() + delay;
  delivery.nextAttemptAt = new Date(settings.now().getTime() + delay).toISOString();
}

/** What Retry-After asks for on 429 and 503, scaled like the schedule and capped at its longest step. */
function askedDelay(settings: AttemptSettings, status: number | null, retryAfter: string | null): number {
  if (status !== 429 && status !== 503) return 0;
  const asked = retryAfterMs(retryAfter, settings.now());
  return asked === null ? 0 : Math.round(Math.min(asked, MAX_RETRY_AFTER_MS) * settings.timeScale);
}

/** Tells the domain, and drops what else was queued for the subscription: a disabled endpoint gets nothing more. */
function disable(settings: AttemptSettings, lane: Lane, reason: string): void {
  for (const waiting of [...lane.queue]) finish(lane, waiting, 'failed', `The subscription was disabled: ${reason}`);
  try {
    settings.onDisable?.(lane.workspaceId, lane.subscriptionId, reason);
  } catch (error) {
    // The delivery worker must go on for other subscriptions; the failure is reported, not swallowed.
    console.error(`Disabling webhook subscription ${lane.subscriptionId} failed:`, error);
  }
}
