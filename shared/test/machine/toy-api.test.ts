/**
 * The same machine serves a second API without a change: the toy definition (bearer token, optional brand header,
 * FastAPI `detail` errors, no paging) gets typed methods and its own typed errors from `createClient`, against a
 * real HTTP server on loopback.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient, TransportError, type Client } from '../../src/machine';
import { createAxiosTransport } from '../../src/machine/axios-transport';
import { toyApi, ToyAuthError, ToyNetworkError, ToyNotFoundError, ToyValidationError } from '../../../test-support/toy-api';

interface Seen {
  method: string | undefined;
  url: string | undefined;
  authorization: string | undefined;
  brand: string | string[] | undefined;
}

let server: Server;
let baseUrl: string;
const seen: Seen[] = [];

function answer(request: IncomingMessage): { status: number; body: unknown } {
  if (request.headers.authorization !== 'Bearer session-1') return { status: 401, body: { detail: 'Not authenticated' } };
  if (request.headers['x-toy-brand'] === 'brand_bad') {
    return { status: 422, body: { detail: [{ type: 'string_pattern_mismatch', loc: ['header', 'x-toy-brand'], msg: 'Unknown brand', input: 'brand_bad' }] } };
  }
  if (request.method === 'GET' && request.url === '/api/connectors/list') {
    return { status: 200, body: { connections: [{ provider: 'stripe', status: 'connected', account_name: 'Acme' }] } };
  }
  if (request.method === 'DELETE' && request.url === '/api/connectors/stripe') {
    return { status: 200, body: { provider: 'stripe', status: 'disconnected', revoked: false } };
  }
  return { status: 404, body: { detail: `No connection for ${request.url}` } };
}

beforeAll(async () => {
  server = createServer((request, response) => {
    seen.push({ method: request.method, url: request.url, authorization: request.headers.authorization, brand: request.headers['x-toy-brand'] });
    const { status, body } = answer(request);
    response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  seen.length = 0;
});

function toyClient(credentials: { sessionToken: string; brandId?: string }): Client<typeof toyApi> {
  return createClient(toyApi, { credentials, baseUrl, transport: createAxiosTransport({ retry: false }) });
}

describe('a second API definition on the same machine', () => {
  it('calls a typed method with the bearer token and the brand header, and parses the answer by its catalog', async () => {
    const client = toyClient({ sessionToken: ' session-1 ', brandId: 'brand_2' });
    const listed = await client.connectors.list();
    // Typed from the toy catalog: `connections[0].provider` is a string, `status` the enum.
    const provider: string = listed.connections[0]!.provider;
    const status: 'connected' | 'disconnected' = listed.connections[0]!.status;
    expect([provider, status]).toEqual(['stripe', 'connected']);
    expect(seen).toEqual([{ method: 'GET', url: '/api/connectors/list', authorization: 'Bearer session-1', brand: 'brand_2' }]);
  });

  it('sends no brand header without a brand, and no Reevo query parameter', async () => {
    const result = await toyClient({ sessionToken: 'session-1' }).connectors.disconnect({ provider: 'stripe' });
    const revoked: boolean = result.revoked;
    expect(revoked).toBe(false);
    expect(seen).toEqual([{ method: 'DELETE', url: '/api/connectors/stripe', authorization: 'Bearer session-1', brand: undefined }]);
  });

  it("turns FastAPI's string `detail` into the toy's own typed errors", async () => {
    await expect(toyClient({ sessionToken: 'wrong' }).connectors.list()).rejects.toThrow(new ToyAuthError('Toy refused the session: Not authenticated'));
    const missing = await toyClient({ sessionToken: 'session-1' }).connectors.disconnect({ provider: 'shopify' }).catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(ToyNotFoundError);
    expect(missing).toMatchObject({ status: 404, message: 'No connection for /api/connectors/shopify' });
  });

  it("turns FastAPI's list `detail` into per-field issues", async () => {
    const refused = await toyClient({ sessionToken: 'session-1', brandId: 'brand_bad' }).connectors.list().catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ToyValidationError);
    expect(refused).toMatchObject({ status: 422, local: false, issues: [{ field: 'x-toy-brand', location: 'header', message: 'Unknown brand', type: 'string_pattern_mismatch' }] });
  });

  it('refuses a bad input locally with the toy validation error, naming the field', async () => {
    // @ts-expect-error: the catalog types `provider` as 'shopify' | 'stripe'.
    const refused = await toyClient({ sessionToken: 'session-1' }).connectors.disconnect({ provider: 'github' }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ToyValidationError);
    expect(refused).toMatchObject({ local: true, issues: [{ field: 'provider', location: 'path' }] });
    expect(seen).toEqual([]);
  });

  it("turns a transport failure into the toy's network error, without the request", async () => {
    const client = createClient(toyApi, {
      credentials: { sessionToken: 'session-1' },
      baseUrl,
      transport: async () => {
        throw new TransportError('unreachable', 'connect ECONNREFUSED', { code: 'ECONNREFUSED' });
      },
    });
    const failed = await client.connectors.list().catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(ToyNetworkError);
    expect((failed as Error).message).toBe(`Could not reach Toy at ${baseUrl}: connect ECONNREFUSED`);
  });

  it('needs a session token, in the toy\'s words', () => {
    expect(() => toyClient({ sessionToken: ' ' })).toThrow(new ToyAuthError('A session token is required.'));
  });

  it('makes no paging iterators for an API that does not page', () => {
    const client = toyClient({ sessionToken: 'session-1' });
    expect(Object.keys(client.connectors).sort()).toEqual(['disconnect', 'list']);
    // @ts-expect-error: no `listAll` exists on a catalog without paging.
    expect(client.connectors.listAll).toBeUndefined();
  });
});
