/**
 * When a failed delivery is tried again: the Standard Webhooks example schedule (about three days), scaled by
 * the server's time scale so tests can run the whole schedule in milliseconds.
 */
import { retryAfterMs as parseRetryAfterMs } from '@integration-pack/core/machine';

/** Seconds to wait before each attempt: the first goes at once, the tenth a day after the ninth. */
export const RETRY_SCHEDULE_SECONDS: readonly number[] = [
  0,
  5,
  5 * 60,
  30 * 60,
  2 * 3600,
  5 * 3600,
  10 * 3600,
  14 * 3600,
  20 * 3600,
  24 * 3600,
];

export const MAX_ATTEMPTS = RETRY_SCHEDULE_SECONDS.length;

/** Each delay moves by up to this fraction either way, so receivers that failed together do not retry together. */
const JITTER = 0.1;

/**
 * Milliseconds to wait before attempt number `attempt` (1-based), or null when the schedule is used up.
 * `random` is the server's seeded generator (0 ≤ r < 1).
 */
export function scheduledDelayMs(attempt: number, timeScale: number, random: () => number): number | null {
  const seconds = RETRY_SCHEDULE_SECONDS[attempt - 1];
  if (seconds === undefined) return null;
  const jitter = 1 + JITTER * (2 * random() - 1);
  return Math.round(seconds * 1000 * timeScale * jitter);
}

/**
 * The wait a receiver asked for with `Retry-After` (delta-seconds or an HTTP date), in unscaled milliseconds,
 * or null when the header is missing or unreadable. The header is read by the machine's one parser.
 */
export function retryAfterMs(header: string | null, now: Date): number | null {
  return parseRetryAfterMs(header, now.getTime()) ?? null;
}

/** A receiver cannot push a retry past the longest step of the schedule. */
export const MAX_RETRY_AFTER_MS = Math.max(...RETRY_SCHEDULE_SECONDS) * 1000;
