/**
 * The delivery worker's default HTTP client: the part of `fetch` an attempt uses (POST, headers, body, abort
 * signal, no redirects), on node:http(s) with keep-alive agents. Measured on loopback it costs about a third of
 * undici's `fetch` per request, and a subscription's lane sends one attempt at a time, so this per-request cost
 * bounds how many events per second one subscription can take (bench/, webhook latency at 200 events/s).
 */
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

export interface KeepAliveFetch {
  fetch: typeof fetch;
  /** Closes the pooled connections (the dispatcher is closing). */
  destroy(): void;
}

export function createKeepAliveFetch(): KeepAliveFetch {
  const agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };

  const keepAliveFetch = (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
    const secure = url.protocol === 'https:';
    const body = typeof init.body === 'string' ? init.body : '';
    const headers = { ...(init.headers as Record<string, string>), 'content-length': String(Buffer.byteLength(body)) };
    return new Promise<Response>((resolve, reject) => {
      const send = secure ? httpsRequest : httpRequest;
      const outgoing = send(url, { method: init.method ?? 'GET', headers, agent: secure ? agents.https : agents.http, ...(init.signal ? { signal: init.signal } : {}) }, (incoming: IncomingMessage) => {
        // The body is read and dropped: only the status and headers decide a delivery, and reading frees the socket.
        incoming.resume();
        incoming.once('end', () => {
          const status = incoming.statusCode ?? 0;
          if (status < 200 || status > 599) {
            reject(new Error(`the receiver answered with the invalid HTTP status ${status}`));
            return;
          }
          resolve(new Response(null, { status, headers: toHeaders(incoming) }));
        });
        incoming.once('error', reject);
      });
      outgoing.once('error', reject);
      outgoing.end(body);
    });
  };

  return {
    fetch: keepAliveFetch as typeof fetch,
    destroy() {
      agents.http.destroy();
      agents.https.destroy();
    },
  };
}

function toHeaders(incoming: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  return headers;
}
