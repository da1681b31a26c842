/**
 * The machine client's Transport over `z.request`, so Zapier keeps its own logging (with the credentials scrubbed),
 * proxying and timeouts while the client builds every request (the definition's auth included) and parses errors.
 */
import { normalizeHeaders, parseResponseBody, type Transport } from '@integration-pack/core/machine';
import type { HttpRequestOptions, ZObject } from 'zapier-platform-core';

/**
 * Both opt-outs hand every status to the definition's error model: without `skipThrowForStatus` core throws a bare
 * ResponseError for 4xx/5xx, and without `throwForThrottlingEarly: false` (core 18+) a 429 becomes a ThrottledError
 * that drops the API's own message before our error mapping can see it.
 */
type ZapierRequest = HttpRequestOptions & { url: string; throwForThrottlingEarly: false };

export function zapierTransport(z: ZObject): Transport {
  return async (request) => {
    const options: ZapierRequest = {
      url: request.url,
      method: request.method,
      headers: request.headers,
      skipThrowForStatus: true,
      throwForThrottlingEarly: false,
      ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
      ...(request.timeoutMs === undefined ? {} : { timeout: request.timeoutMs }),
    };
    const response = await z.request(options);
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      headers[name] = value;
    });
    const normalized = normalizeHeaders(headers);
    return { status: response.status, headers: normalized, body: parseResponseBody(response.content, normalized['content-type']) };
  };
}
