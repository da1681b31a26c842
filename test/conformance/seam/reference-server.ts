/** The reference server as a conformance target's connection: requests through fastify's inject, no socket. */
import { normalizeHeaders, parseResponseBody } from '@reevo/client/machine';
import type { ReferenceServerHandle } from '@reevo/reference-server/testing';
import type { Send } from './wire';

export function injectInto(server: ReferenceServerHandle): Send {
  return async (request) => {
    const response = await server.inject({
      method: request.method,
      url: request.pathAndQuery,
      headers: request.headers,
      ...(request.body === undefined ? {} : { body: request.body }),
    });
    const headers = normalizeHeaders(response.headers);
    return { status: response.status, headers, body: parseResponseBody(response.body, headers['content-type']) };
  };
}
