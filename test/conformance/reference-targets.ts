/**
 * The reference server as a conformance target, started in the test process on 127.0.0.1:0. With its admin API
 * given to the suite (every section runs) or withheld (what a run against the real API sees: a base URL and a key).
 */
import { startReferenceServer, type ReferenceServerHandle } from '@reevo/reference-server/testing';
import { remoteTarget } from './remote-target';
import type { TargetSource } from './suite';
import { injectInto } from './seam/reference-server';
import { connectionThrough } from './seam/wire';
import type { AdminApi, AdminTarget } from './target';

/** Requests go through fastify's inject: no socket, the fastest full run of the suite. */
export const inProcessReferenceServer: TargetSource = {
  admin: true,
  start: () => startReference({ inProcess: true }),
};

/** Requests travel over real HTTP on 127.0.0.1 through the client's default axios transport. */
export const loopbackReferenceServer: TargetSource = {
  admin: true,
  start: () => startReference({ inProcess: false }),
};

/**
 * Over loopback, built exactly as a run against the real API builds its target: from a base URL and the full-access
 * key of a workspace, with no admin API.
 */
export const loopbackReferenceServerWithoutAdmin: TargetSource = {
  admin: false,
  start: async () => {
    const { server, fullKey } = await startWithOwnWorkspace();
    return { target: remoteTarget({ baseUrl: server.baseUrl, apiKey: fullKey }), close: () => server.close() };
  },
};

/**
 * The target's own workspace (its key has every permission) holds no CRM records: the sections that need only a key
 * must pass in any workspace of the real API, so they cannot lean on the demo's.
 */
async function startWithOwnWorkspace() {
  const server = await startReferenceServer();
  const { fullKey } = await server.createWorkspace({ seed: 'empty' });
  return { server, fullKey };
}

async function startReference(options: { inProcess: boolean }) {
  const { server, fullKey } = await startWithOwnWorkspace();
  const target: AdminTarget = {
    baseUrl: server.baseUrl,
    apiKey: fullKey,
    ...(options.inProcess ? { connection: connectionThrough(injectInto(server)) } : {}),
    admin: adminOf(server),
  };
  return { target, close: () => server.close() };
}

function adminOf(server: ReferenceServerHandle): AdminApi {
  return {
    workspace: (seed = 'demo') => server.createWorkspace({ seed }),
    advanceClock: async (seconds) => {
      await server.admin('POST', '/clock', { advance_seconds: seconds });
    },
  };
}
