/**
 * The same machine serves a second API without a change: the toy definition that the client's tests use (bearer
 * token, optional brand header, FastAPI `detail` errors, no paging; `test-support/toy-api.ts`), with toy handlers,
 * is served by the route builder as its own plugin, called by the generic `createClient`, and described in OpenAPI,
 * alone and beside Reevo in one server.
 */
import { createAxiosTransport } from '@reevo/client';
import { reevoApi } from '@integration-pack/core/reevo/api';
import { createClient, FastApiDetailErrorBody, FastApiValidationErrorBody, type OperationSpec } from '@integration-pack/core/machine';
import type { FastifyInstance } from 'fastify';
import { toyApi, ToyAuthError, ToyNotFoundError, ToyValidationError } from '../../../test-support/toy-api';
import { buildApp } from '../src/http/app';
import { handleServerError } from '../src/http/error-handler';
import { DetailError } from '../src/http/errors';
import { registerBodyParsers } from '../src/http/body-parsing';
import type { ServedApi } from '../src/http/served-api';
import { reevoDocumentInfo } from '../src/reevo/openapi-description';
import { reevoServedApi } from '../src/reevo/reevo-served-api';
import { ReferenceRuntime } from '../src/runtime/reference-runtime';
import { SERVER_INFO } from '../src/server';

interface ToySession {
  user: string;
}

const SESSIONS = new Map<string, ToySession>([['session-1', { user: 'ada' }]]);

/** The toy's handlers: one user's connections, in memory. */
function toyServedApi(): ServedApi<ToySession> {
  const connections = new Map([['stripe', { provider: 'stripe', status: 'connected', account_name: 'Acme' }]]);
  const handlers: Record<string, (input: { params: Record<string, unknown> }) => unknown> = {
    listConnections: () => ({ connections: [...connections.values()] }),
    disconnect: ({ params }) => {
      const provider = String(params.provider);
      if (!connections.delete(provider)) throw new DetailError(404, `No connection for ${provider}.`);
      return { provider, status: 'disconnected', revoked: false };
    },
  };
  return {
    definition: toyApi,
    prefix: '/api/connectors',
    registerBodyParsers,
    handleError: handleServerError,
    faultBody: (status) => ({ detail: `Injected fault ${status}` }),
    authenticate(request) {
      const token = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1];
      const session = token === undefined ? undefined : SESSIONS.get(token);
      if (!session) throw new DetailError(401, 'Not authenticated', { 'www-authenticate': 'Bearer' });
      return session;
    },
    identityOf: (session) => ({ workspaceId: null, owner: session.user, credential: `session of ${session.user}` }),
    routeSchema: () => ({ response: { 401: FastApiDetailErrorBody, 404: FastApiDetailErrorBody, 422: FastApiValidationErrorBody } }),
    run: (_session, operation: OperationSpec, input) => (handlers[operation.operationId] as (typeof handlers)[string])(input),
    openApi: {
      securityScheme: { name: 'bearer', scheme: { type: 'http', scheme: 'bearer' } },
      errorDescriptions: { '401': 'The session token is missing or unknown.', '404': 'No such connection.' },
      tagDescriptions: { Connectors: 'The toy connectors.' },
    },
  };
}

const TOY_DOCUMENT = { title: 'Toy API (reference server)', description: 'A second API on the same machine.', servers: [{ url: 'http://127.0.0.1' }] };

let runtime: ReferenceRuntime;
let app: FastifyInstance;
let baseUrl: string;

beforeAll(async () => {
  runtime = new ReferenceRuntime();
  app = await buildApp(runtime, SERVER_INFO, { served: [toyServedApi()], document: TOY_DOCUMENT });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(async () => {
  await app.close();
  await runtime.close();
});

const toyClient = (sessionToken: string) => createClient(toyApi, { credentials: { sessionToken, brandId: 'brand_2' }, baseUrl, transport: createAxiosTransport({ retry: false }) });

describe('a second API definition served by the same route builder', () => {
  test('answers the generic client with the bearer session, and its typed errors from `detail`', async () => {
    const client = toyClient('session-1');
    const listed = await client.connectors.list();
    expect(listed.connections).toEqual([{ provider: 'stripe', status: 'connected', account_name: 'Acme' }]);
    await expect(client.connectors.disconnect({ provider: 'stripe' })).resolves.toEqual({ provider: 'stripe', status: 'disconnected', revoked: false });
    const missing = await client.connectors.disconnect({ provider: 'stripe' }).catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(ToyNotFoundError);
    expect(missing).toMatchObject({ status: 404, message: 'No connection for stripe.' });
    await expect(toyClient('session-2').connectors.list()).rejects.toThrow(new ToyAuthError('Toy refused the session: Not authenticated'));
  });

  test('validates by the toy catalog and answers FastAPI `detail[]`, which the client reads per field', async () => {
    const answer = await app.inject({ method: 'DELETE', url: '/api/connectors/github', headers: { authorization: 'Bearer session-1' } });
    expect(answer.statusCode).toBe(422);
    expect(answer.json()).toMatchObject({ detail: [{ loc: ['path', 'provider'], input: 'github' }] });
    const parsed = toyApi.errors.fromResponse({ status: 422, headers: {}, body: answer.json() }, 'disconnect');
    expect(parsed).toBeInstanceOf(ToyValidationError);
    expect(parsed).toMatchObject({ issues: [{ field: 'provider', location: 'path' }] });
  });

  test('owns its paths: 404 and 405 under its prefix in its shape, and no Reevo route is served', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/connectors/nothing/here' })).json()).toEqual({ detail: 'Not Found' });
    const wrongMethod = await app.inject({ method: 'POST', url: '/api/connectors/list' });
    expect([wrongMethod.statusCode, wrongMethod.headers.allow, wrongMethod.json()]).toEqual([405, 'GET, HEAD', { detail: 'Method Not Allowed' }]);
    expect((await app.inject({ method: 'POST', url: '/api/v1/public/accounts' })).statusCode).toBe(404);
  });

  test('gets faults in its own error shape, and its traffic is journaled with the caller', async () => {
    runtime.faults.add({ method: 'GET', path: '/api/connectors/list', status: 503, times: 1 });
    const faulted = await app.inject({ method: 'GET', url: '/api/connectors/list', headers: { authorization: 'Bearer session-1' } });
    expect([faulted.statusCode, faulted.headers['retry-after'], faulted.json()]).toEqual([503, '1', { detail: 'Injected fault 503' }]);
    const journaled = runtime.journal.list().at(-1);
    expect(journaled).toMatchObject({ api: 'toy', path: '/api/connectors/list', status: 503, owner: 'ada', credential: 'session of ada', keyName: null, workspaceId: null });

    // A path under its prefix that no route takes is still its traffic; a path no API owns gets FastAPI's plain body.
    runtime.faults.add({ method: 'GET', path: '/api/connectors/nothing', status: 429, times: 1 });
    runtime.faults.add({ method: 'GET', path: '/nothing', status: 429, times: 1 });
    expect((await app.inject({ method: 'GET', url: '/api/connectors/nothing' })).json()).toEqual({ detail: 'Injected fault 429' });
    expect((await app.inject({ method: 'GET', url: '/nothing' })).json()).toEqual({ detail: 'Too Many Requests' });
  });

  test('is described in OpenAPI from its catalog, with its bearer scheme', async () => {
    const document = (await app.inject({ method: 'GET', url: '/openapi.json' })).json();
    expect(document.info.title).toBe('Toy API (reference server)');
    expect(document.components.securitySchemes).toEqual({ bearer: { type: 'http', scheme: 'bearer' } });
    expect(document.security).toEqual([{ bearer: [] }]);
    expect(document.paths['/api/connectors/list'].get).toMatchObject({ operationId: 'listConnections', tags: ['Connectors'], summary: 'List Connections' });
    const disconnect = document.paths['/api/connectors/{provider}'].delete;
    expect(disconnect.responses['401'].description).toBe('The session token is missing or unknown.');
    expect(disconnect.responses['404'].description).toBe('No such connection.');
    expect(disconnect.parameters).toMatchObject([{ in: 'path', name: 'provider', schema: { enum: ['shopify', 'stripe'] } }]);
    expect(Object.keys(document.paths).filter((path) => !path.startsWith('/__admin'))).toEqual(['/api/connectors/list', '/api/connectors/{provider}']);
  });
});

test('a prefix that does not hold every operation path is refused, naming the operations outside it', async () => {
  const elsewhere = new ReferenceRuntime();
  try {
    await expect(buildApp(elsewhere, SERVER_INFO, { served: [{ ...toyServedApi(), prefix: '/api/connectors/list' }], document: TOY_DOCUMENT })).rejects.toThrow(
      'The Toy API is served under /api/connectors/list, but some of its operations are outside it: listConnections (/api/connectors/list), disconnect (/api/connectors/{provider}).',
    );
  } finally {
    await elsewhere.close();
  }
});

describe('two APIs in one server', () => {
  test('each keeps its own auth and error shape, and OpenAPI gives each operation its API’s security', async () => {
    const both = new ReferenceRuntime();
    const twoApis = await buildApp(both, SERVER_INFO, { served: [reevoServedApi(both), toyServedApi()], document: reevoDocumentInfo });
    try {
      const reevoRefusal = await twoApis.inject({ method: 'POST', url: reevoApi.catalog.users.search.path });
      expect(reevoRefusal.json()).toEqual({ detail: [{ type: 'missing', loc: ['header', 'x-api-key'], msg: 'Field required', input: null }] });
      const toyRefusal = await twoApis.inject({ method: 'GET', url: '/api/connectors/list', headers: { 'x-api-key': 'rvk_anything' } });
      expect([toyRefusal.statusCode, toyRefusal.json()]).toEqual([401, { detail: 'Not authenticated' }]);
      expect((await twoApis.inject({ method: 'GET', url: '/api/connectors/list', headers: { authorization: 'Bearer session-1' } })).statusCode).toBe(200);

      const document = (await twoApis.inject({ method: 'GET', url: '/openapi.json' })).json();
      expect(document.security).toEqual([{ apiKey: [] }]);
      expect(document.paths['/api/connectors/list'].get.security).toEqual([{ bearer: [] }]);
      expect(document.paths[reevoApi.catalog.users.search.path].post.security).toBeUndefined();
      expect(Object.keys(document.components.securitySchemes)).toEqual(['apiKey', 'bearer']);
    } finally {
      await twoApis.close();
      await both.close();
    }
  });
});
