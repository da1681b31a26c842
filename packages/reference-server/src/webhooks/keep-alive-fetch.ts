/**
 * The delivery worker's default HTTP client: the part of `fetch` an attempt uses (POST, headers, body, abort
 * signal, no redirects), on node:http(s) with keep-alive agents. Measured on loopback it costs about a third of
 * undici's `fetch` per request, and a subscription's lane sends one attempt at a time, so this per-request cost
 * bounds how many events per second one subscription can take (bench/, webhook latency at 200 events/s).
 *
 * It is also where the server's own requests leave it, so two guards live here: every request carries the outbound
 * marker (the admin API refuses it), and `checkConnection` judges the address each request is about to connect to.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { canonicalHost } from '../net/loopback';
import { OUTBOUND_MARKER_HEADER, OUTBOUND_MARKER_VALUE } from '../net/outbound-marker';
import type { ConnectTarget } from './url-policy';

export interface KeepAliveFetch {
  fetch: typeof fetch;
  /** Closes the pooled connections (the dispatcher is closing). */
  destroy(): void;
}

export interface KeepAliveFetchOptions {
  /**
   * Judges the address each request is about to connect to (a name's every resolved address, or the IP literal of
   * the URL): null to go on, else why not, and then nothing is sent.
   */
  checkConnection?: (target: ConnectTarget) => string | null;
}

/** A request refused before connecting, by `checkConnection`; its message says why. */
export class RefusedTargetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RefusedTargetError';
  }
}

export function createKeepAliveFetch(options: KeepAliveFetchOptions = {}): KeepAliveFetch {
  const { checkConnection } = options;
  const agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };

  const keepAliveFetch = (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
    const secure = url.protocol === 'https:';
    const body = typeof init.body === 'string' ? init.body : '';
    const headers = {
      ...(init.headers as Record<string, string>),
      'content-length': String(Buffer.byteLength(body)),
      [OUTBOUND_MARKER_HEADER]: OUTBOUND_MARKER_VALUE,
    };
    const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1');
    const port = url.port === '' ? (secure ? 443 : 80) : Number(url.port);
    // Node resolves no IP literal, so the lookup hook never sees one: it is the address connected to, judged here.
    const literalRefusal = checkConnection && isIP(hostname) !== 0 ? checkConnection({ hostname, address: hostname, port }) : null;
    if (literalRefusal) return Promise.reject(new RefusedTargetError(literalRefusal));
    const lookup = checkConnection ? guardedLookup(hostname, port, checkConnection) : undefined;
    return new Promise<Response>((resolve, reject) => {
      const send = secure ? httpsRequest : httpRequest;
      const requestOptions = { method: init.method ?? 'GET', headers, agent: secure ? agents.https : agents.http, ...(lookup ? { lookup } : {}), ...(init.signal ? { signal: init.signal } : {}) };
      const outgoing = send(url, requestOptions, (incoming: IncomingMessage) => {
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

/**
 * dns.lookup, refusing the whole request when any address the name resolves to is refused. `localhost.` is looked up
 * as `localhost` (RFC 6761: the same name, never asked of DNS), so it reaches what `localhost` does on every system.
 */
function guardedLookup(hostname: string, port: number, checkConnection: (target: ConnectTarget) => string | null): LookupFunction {
  return (name, lookupOptions, callback) => {
    const lookupName = canonicalHost(name) === 'localhost' ? 'localhost' : name;
    dnsLookup(lookupName, { ...lookupOptions, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) {
        callback(error, '', 0);
        return;
      }
      for (const { address } of addresses) {
        const refusal = checkConnection({ hostname, address, port });
        if (refusal) {
          callback(new RefusedTargetError(refusal), '', 0);
          return;
        }
      }
      const first = addresses[0];
      if (lookupOptions.all) callback(null, addresses);
      else if (first) callback(null, first.address, first.family);
      else callback(Object.assign(new Error(`${hostname} resolved to no address`), { code: 'ENOTFOUND' }), '', 0);
    });
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
