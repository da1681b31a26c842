/**
 * A loopback HTTP endpoint standing in for Zapier's hook URL, for the tests of every Zapier app: it records each
 * delivery by path as Zapier hands it to a hook trigger's `perform`, the raw body in `rawRequest.content` and the
 * headers written as Zapier writes them (`Http-` and the name in title case: `Http-Webhook-Signature`), with
 * `cleanedRequest` the parsed body.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HttpMethod } from 'zapier-platform-core';

export interface ZapierRawRequest {
  method: HttpMethod;
  headers: Record<string, string>;
  content: string;
}

export interface HookDelivery {
  rawRequest: ZapierRawRequest;
  cleanedRequest: unknown;
}

export interface HookReceiver {
  url(path: string): string;
  deliveries(path: string): HookDelivery[];
  bodies(path: string): unknown[];
  close(): Promise<void>;
}

/** `webhook-signature` → `Http-Webhook-Signature`, as Zapier names the headers in `bundle.rawRequest`. */
export function zapierHeaderName(name: string): string {
  return `Http-${name
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1).toLowerCase())
    .join('-')}`;
}

export function asZapierHeaders(headers: IncomingHttpHeaders | Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers)
      .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
      .map(([name, value]) => [zapierHeaderName(name), value]),
  );
}

export async function startHookReceiver(): Promise<HookReceiver> {
  const received = new Map<string, HookDelivery[]>();
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = request.url ?? '/';
      const content = Buffer.concat(chunks).toString('utf8');
      const delivery: HookDelivery = {
        rawRequest: { method: (request.method ?? 'POST') as HttpMethod, headers: asZapierHeaders(request.headers), content },
        cleanedRequest: JSON.parse(content),
      };
      received.set(path, [...(received.get(path) ?? []), delivery]);
      response.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    deliveries: (path) => received.get(path) ?? [],
    bodies: (path) => (received.get(path) ?? []).map((delivery) => delivery.cleanedRequest),
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
