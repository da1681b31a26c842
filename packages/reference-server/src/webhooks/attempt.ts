/**
 * One HTTP attempt of a delivery: POST the body with the signed headers, no redirects, bounded by a timeout and
 * abortable from outside (subscription deleted, server closing). It never throws: every way an attempt can end
 * becomes an outcome the dispatcher logs and decides on.
 */
import { RefusedTargetError } from './keep-alive-fetch';

export interface AttemptRequest {
  url: string;
  body: string;
  headers: Record<string, string>;
  timeoutMs: number;
  /** Aborted by the dispatcher; its reason (a sentence) becomes the attempt's error. */
  signal: AbortSignal;
  fetch: typeof fetch;
}

export interface AttemptOutcome {
  /** The receiver's status, or null when none came (timeout, network error, abort). */
  status: number | null;
  error: string | null;
  durationMs: number;
  /** The receiver's `Retry-After` header, if any. */
  retryAfter: string | null;
  /** True when the dispatcher aborted the attempt (not a timeout): it says nothing about the receiver. */
  aborted: boolean;
}

export async function sendAttempt(request: AttemptRequest): Promise<AttemptOutcome> {
  const started = performance.now();
  const elapsed = (): number => Math.round(performance.now() - started);
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, request.timeoutMs);
  const abortFromOutside = (): void => controller.abort();
  request.signal.addEventListener('abort', abortFromOutside, { once: true });
  if (request.signal.aborted) controller.abort();

  try {
    const response = await request.fetch(request.url, {
      method: 'POST',
      headers: request.headers,
      body: request.body,
      redirect: 'manual',
      signal: controller.signal,
    });
    // Reading the body frees the connection; what it says is not kept.
    await response.arrayBuffer().catch(() => undefined);
    return {
      status: response.status,
      error: describeStatus(response),
      durationMs: elapsed(),
      retryAfter: response.headers.get('retry-after'),
      aborted: false,
    };
  } catch (error) {
    const aborted = request.signal.aborted && !timedOut;
    return {
      status: null,
      error: timedOut
        ? `No answer within ${request.timeoutMs} ms: the attempt timed out. Answer with a 2xx at once and do slow work afterwards.`
        : aborted
          ? `The attempt was aborted: ${String(request.signal.reason ?? 'no reason given')}.`
          : error instanceof RefusedTargetError
            ? `Not sent: ${error.message}`
            : `Could not reach the receiver: ${describeNetworkError(error)}.`,
      durationMs: elapsed(),
      retryAfter: null,
      aborted,
    };
  } finally {
    clearTimeout(timer);
    request.signal.removeEventListener('abort', abortFromOutside);
  }
}

function describeStatus(response: Response): string | null {
  const { status } = response;
  if (status >= 200 && status < 300) return null;
  if (status >= 300 && status < 400) {
    const location = response.headers.get('location');
    return `The receiver answered ${status}, a redirect${location ? ` to ${location}` : ''}; webhooks do not follow redirects, so subscribe with the final URL.`;
  }
  if (status === 410) return 'The receiver answered 410 Gone: the subscription is disabled and gets no more deliveries.';
  const retryAfter = response.headers.get('retry-after');
  const asked = retryAfter !== null && (status === 429 || status === 503) ? ` and asked to retry after ${retryAfter}` : '';
  return `The receiver answered ${status}${asked}; only a 2xx counts as delivered.`;
}

function describeNetworkError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } } | null)?.cause;
  if (cause?.code && cause.message) return `${cause.code} (${cause.message})`;
  if (cause?.message) return cause.message;
  return error instanceof Error ? error.message : String(error);
}
