/**
 * How a conformance suite's requests reach its target, whatever the API: the typed client's transport and a raw sender
 * that puts bytes on the wire as given. Each API's suite builds its own requests (its auth header, its query) on top.
 */
import { createAxiosTransport } from '@reevo/client';
import { normalizeHeaders, parseResponseBody, type Transport, type TransportResponse } from '@reevo/client/machine';

export interface WireRequest {
  method: string;
  pathAndQuery: string;
  headers: Record<string, string>;
  body?: string;
}
export type Send = (request: WireRequest) => Promise<TransportResponse>;

export interface Connection {
  /** What the typed client sends through. */
  transport: Transport;
  /** Sends a request byte for byte (for raw requests the client would refuse to make). */
  send: Send;
}

/** Over the network the client uses its real default transport (axios); raw requests use fetch, which sends bytes as given. */
export function networkConnection(baseUrl: string): Connection {
  return { transport: createAxiosTransport({ retry: false }), send: sendWithFetch(baseUrl) };
}

/** A connection that hands each request to `send` (e.g. fastify's inject), the client's requests included. */
export function connectionThrough(send: Send): Connection {
  const transport: Transport = (request) => {
    const url = new URL(request.url);
    return send({
      method: request.method,
      pathAndQuery: `${url.pathname}${url.search}`,
      headers: request.headers,
      ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
    });
  };
  return { transport, send };
}

/** A JSON body gets its content type unless the request names one itself. */
export function withJsonContentType(headers: Record<string, string>, body: string | undefined): Record<string, string> {
  if (body === undefined || Object.keys(headers).some((name) => name.toLowerCase() === 'content-type')) return headers;
  return { ...headers, 'content-type': 'application/json' };
}

/**
 * Redirects are answers to check (an OAuth consent page answers 302 to the client's redirect_uri), never followed:
 * following one would leave the target.
 */
function sendWithFetch(baseUrl: string): Send {
  return async (request) => {
    const response = await fetch(`${baseUrl}${request.pathAndQuery}`, {
      method: request.method,
      headers: request.headers,
      redirect: 'manual',
      ...(request.body === undefined ? {} : { body: request.body }),
    });
    const headers = normalizeHeaders(Object.fromEntries(response.headers.entries()));
    return { status: response.status, headers, body: parseResponseBody(await response.text(), headers['content-type']) };
  };
}
