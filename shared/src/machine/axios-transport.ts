/** The default transport: axios, with timeouts and the retry policy of `withRetries`. */
import axios, { type AxiosInstance } from 'axios';
import { withRetries, type RetryOptions } from './retry';
import { normalizeHeaders, parseResponseBody, type Transport } from './transport';
import { TransportError } from './transport-error';

export interface AxiosTransportOptions {
  /** Milliseconds per attempt when the request names none (default 30 000). */
  timeoutMs?: number;
  /** Retry policy, or `false` to send every request exactly once. */
  retry?: RetryOptions | false;
  /** Bring your own instance (proxies, agents, interceptors). */
  axios?: AxiosInstance;
}

export function createAxiosTransport(options: AxiosTransportOptions = {}): Transport {
  const instance = options.axios ?? axios.create();
  const defaultTimeout = options.timeoutMs ?? 30_000;

  const send: Transport = async (request) => {
    try {
      const response = await instance.request<string>({
        method: request.method,
        url: request.url,
        headers: request.headers,
        data: request.body === undefined ? undefined : JSON.stringify(request.body),
        timeout: request.timeoutMs ?? defaultTimeout,
        ...(request.signal ? { signal: request.signal } : {}),
        // Statuses and bodies are the client's to judge: keep the raw text and never throw on a status.
        responseType: 'text',
        transformResponse: [(data: unknown) => data],
        validateStatus: () => true,
        maxRedirects: 0,
      });
      const headers = normalizeHeaders(response.headers as Record<string, unknown>);
      return { status: response.status, headers, body: parseResponseBody(response.data, headers['content-type']) };
    } catch (error) {
      throw toNetworkError(error, request.timeoutMs ?? defaultTimeout);
    }
  };

  return options.retry === false ? send : withRetries(send, options.retry);
}

/**
 * An axios error's config carries the request headers, credentials included: keep only its message and code. The
 * client turns the result into the definition's own network error.
 */
function toNetworkError(error: unknown, timeoutMs: number): Error {
  if (!axios.isAxiosError(error)) return error as Error;
  const code = error.code;
  if (code === 'ECONNABORTED' || code === 'ETIMEDOUT') {
    return new TransportError('timeout', `no answer within ${timeoutMs} ms`, { code, timeoutMs });
  }
  if (code === 'ERR_CANCELED') return new TransportError('cancelled', 'The request was cancelled.', { code });
  return new TransportError('unreachable', error.message, code ? { code } : {});
}
