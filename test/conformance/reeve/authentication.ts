/**
 * Authentication (docs/reeve-api.md §1): every endpoint but the providers' own (10) needs `Authorization: Bearer
 * <session token>`; a token that is missing, unknown, expired or revoked is 401 (or, as older FastAPI, 403)
 * `{"detail": "Not authenticated"}`.
 */
import { randomUUID } from 'node:crypto';
import { ReeveSessionExpiredError } from '@reevo/client/reeve';
import { reeveOperations } from '@reevo/client/reeve-catalog';
import { examplePath } from '../seam/examples';
import { expectNotAuthenticated } from './expectations';
import type { ReeveAdminSession, ReeveRawRequest, ReeveSession } from './target';

/** One request per operation of the catalog (endpoints 1–9), each its first example, otherwise valid. */
export const AUTHENTICATED_REQUESTS: readonly ReeveRawRequest[] = reeveOperations.map((operation) => {
  const request = operation.examples[0]?.request;
  return {
    method: operation.method,
    path: examplePath(operation),
    ...(request?.query ? { query: Object.fromEntries(Object.entries(request.query).map(([name, value]) => [name, String(value)])) } : {}),
    ...(request?.body === undefined ? {} : { body: request.body }),
  };
});

const described = (request: ReeveRawRequest) => `${request.method} ${request.path}`;

export function describeSessionAuthentication(session: () => ReeveSession) {
  it.each(AUTHENTICATED_REQUESTS.map((request) => [described(request), request] as const))('%s without a token, with an unknown one, or not as Bearer', async (_name, request) => {
    expectNotAuthenticated(await session().raw({ ...request, token: null }));
    expectNotAuthenticated(await session().raw({ ...request, token: randomUUID() }));
    expectNotAuthenticated(await session().raw({ ...request, token: null, headers: { authorization: `Basic ${Buffer.from(`user:${session().sessionToken}`).toString('base64')}` } }));
    expectNotAuthenticated(await session().raw({ ...request, token: null, headers: { authorization: session().sessionToken } }));
  });

  it('the typed client reports a refused session as an expired one, naming how to get a new token', async () => {
    const refused = session().client(randomUUID()).connections.list();
    await expect(refused).rejects.toBeInstanceOf(ReeveSessionExpiredError);
    await expect(refused).rejects.toMatchObject({ category: 'expired', message: expect.stringMatching(/session token/i) });
  });

  it('the target\'s own session is accepted, and the scheme name is case-insensitive', async () => {
    expect((await session().raw({ method: 'GET', path: '/api/connectors/list' })).status).toBe(200);
    const lowerCase = await session().raw({ method: 'GET', path: '/api/connectors/list', token: null, headers: { authorization: `bearer ${session().sessionToken}` } });
    expect(lowerCase.status).toBe(200);
  });
}

export function describeSessionLifecycle(session: () => ReeveAdminSession) {
  it('a revoked session is answered Not authenticated from then on, on every endpoint', async () => {
    const { admin } = session();
    const user = await admin.user();
    expect((await session().raw({ method: 'GET', path: '/api/connectors/list', token: user.token })).status).toBe(200);
    await admin.revokeSession(user.token);
    for (const request of AUTHENTICATED_REQUESTS) expectNotAuthenticated(await session().raw({ ...request, token: user.token }));
    const fresh = await admin.session(user.id);
    expect((await session().raw({ method: 'GET', path: '/api/connectors/list', token: fresh.token })).status).toBe(200);
  });

  it('a session past its expires_at is answered Not authenticated', async () => {
    const { admin } = session();
    const user = await admin.user();
    const inAnHour = new Date((await admin.now()).getTime() + 3600_000);
    const { token } = await admin.session(user.id, inAnHour);
    expect((await session().raw({ method: 'GET', path: '/api/connectors/list', token })).status).toBe(200);
    await admin.advanceClock(3601);
    expectNotAuthenticated(await session().raw({ method: 'GET', path: '/api/connectors/list', token }));
    expect((await session().raw({ method: 'GET', path: '/api/connectors/list', token: user.token })).status).toBe(200);
  });

  it('a session unused for 30 days lapses; one used within them lives on', async () => {
    const { admin } = session();
    const idle = await admin.user();
    const busy = await admin.user();
    await admin.advanceClock(20 * 86_400);
    expect((await session().raw({ method: 'GET', path: '/api/connectors/list', token: busy.token })).status).toBe(200);
    await admin.advanceClock(11 * 86_400);
    expectNotAuthenticated(await session().raw({ method: 'GET', path: '/api/connectors/list', token: idle.token }));
    expect((await session().raw({ method: 'GET', path: '/api/connectors/list', token: busy.token })).status).toBe(200);
  });
}
