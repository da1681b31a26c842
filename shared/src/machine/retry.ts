/**
 * A transport decorator that repeats what is safe to repeat: a 429 (the request was not processed) after its
 * Retry-After, and 5xx answers or network failures for reads and searches, with capped exponential backoff and
 * full jitter. Writes that may have reached the server are never repeated: a duplicate contact is worse than
 * an error the user can see.
 */
import { retryAfterSeconds } from './retry-after';
import type { Transport, TransportRequest, TransportResponse } from './transport';

export interface RetryOptions {
  /** How many times to retry after the first attempt (default 3). */
  retries?: number;
  /** The first backoff step in ms (default 300); each retry doubles it. */
  baseDelayMs?: number;
  /** The longest backoff in ms (default 10 000). */
  maxDelayMs?: number;
  /** A Retry-After longer than this (seconds, default 60) is not waited for: the 429 goes to the caller. */
  maxRetryAfterSeconds?: number;
  /** Statuses worth repeating for requests that are safe to repeat (default 500, 502, 503, 504). */
  retryStatuses?: readonly number[];
  /** Injected for tests. */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

/** Error codes that mean the request never reached a server, so repeating even a write is safe. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function withRetries(transport: Transport, options: RetryOptions = {}): Transport {
  const retries = options.retries ?? 3;
  const baseDelayMs = options.baseDelayMs ?? 300;
  const maxDelayMs = options.maxDelayMs ?? 10_000;
  const maxRetryAfterSeconds = options.maxRetryAfterSeconds ?? 60;
  const retryStatuses = new Set(options.retryStatuses ?? [500, 502, 503, 504]);
  const sleep = options.sleep ?? defaultSleep;
  const random = options.random ?? Math.random;

  const backoff = (attempt: number) => Math.floor(random() * Math.min(maxDelayMs, baseDelayMs * 2 ** attempt));

  /** The delay before the next attempt, or undefined when this answer should go to the caller. */
  function delayAfterResponse(request: TransportRequest, response: TransportResponse, attempt: number): number | undefined {
    const retryAfter = retryAfterSeconds(response.headers['retry-after']);
    if (response.status === 429) {
      if (retryAfter === undefined) return backoff(attempt);
      return retryAfter <= maxRetryAfterSeconds ? retryAfter * 1000 : undefined;
    }
    if (!request.safeToRetry || !retryStatuses.has(response.status)) return undefined;
    if (retryAfter !== undefined) return retryAfter <= maxRetryAfterSeconds ? retryAfter * 1000 : undefined;
    return backoff(attempt);
  }

  return async function retryingTransport(request) {
    for (let attempt = 0; ; attempt += 1) {
      let response: TransportResponse;
      try {
        response = await transport(request);
      } catch (error) {
        const code = (error as { code?: unknown })?.code;
        const repeatable = request.safeToRetry || (typeof code === 'string' && NOT_SENT_CODES.has(code));
        if (attempt >= retries || !repeatable || request.signal?.aborted) throw error;
        await sleep(backoff(attempt));
        continue;
      }
      const delay = attempt < retries ? delayAfterResponse(request, response, attempt) : undefined;
      if (delay === undefined || request.signal?.aborted) return response;
      await sleep(delay);
    }
  };
}
