/**
 * The reference server as a Reeve conformance target, started in the test process on 127.0.0.1:0: with its admin API
 * given to the suite (every section runs), or withheld (what a run against the real API sees: a base URL and a
 * session token).
 */
import { startReferenceServer } from '@reevo/reference-server/testing';
import { injectInto } from '../seam/reference-server';
import { connectionThrough } from '../seam/wire';
import { reeveAdminOf } from './reference-admin';
import { remoteReeveTarget } from './remote-target';
import type { ReeveTargetSource } from './suite';

/** A server and a user of its own, whose session is the target's credential. */
async function startWithOwnUser() {
  const server = await startReferenceServer();
  const admin = reeveAdminOf(server);
  const user = await admin.user();
  return { server, admin, user };
}

/** Requests go through fastify's inject: no socket, the fastest full run of the suite. */
export const inProcessReeveReferenceServer: ReeveTargetSource = {
  admin: true,
  start: async () => {
    const { server, admin, user } = await startWithOwnUser();
    const target = { baseUrl: server.baseUrl, sessionToken: user.token, connection: connectionThrough(injectInto(server)), admin };
    return { target, close: () => server.close() };
  },
};

/** Over loopback, built exactly as a run against the real API builds its target: a base URL and a session token. */
export const loopbackReeveReferenceServerWithoutAdmin: ReeveTargetSource = {
  admin: false,
  start: async () => {
    const { server, user } = await startWithOwnUser();
    return { target: remoteReeveTarget({ baseUrl: server.baseUrl, sessionToken: user.token }), close: () => server.close() };
  },
};
