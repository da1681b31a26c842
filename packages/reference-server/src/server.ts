/**
 * A reference server ready to listen: the runtime, the fastify app, and optionally the seeded workspace.
 */
import type { FastifyInstance } from 'fastify';
import packageJson from '../package.json';
import { seedWorkspaceWithDemoKeys, type SeededWorkspace } from './demo-seed';
import { buildApp } from './http/app';
import type { SocketTimeouts } from './http/socket-limits';
import { ReferenceRuntime, type RuntimeOptions } from './runtime/reference-runtime';
import type { WorkspaceSeed } from './runtime/workspaces';

export interface ReferenceServerOptions extends RuntimeOptions {
  /** Seeds one workspace with the demo keys: its records from the demo (`demo`) or none (`empty`); null seeds nothing. */
  seed?: WorkspaceSeed | null;
  logger?: boolean;
  /** How long a client may take to send a request (README "Timeouts"). */
  socketTimeouts?: SocketTimeouts;
}

export interface ReferenceServer {
  app: FastifyInstance;
  runtime: ReferenceRuntime;
  seeded: SeededWorkspace | null;
  /** Starts listening and answers the base URL, e.g. http://127.0.0.1:4010. */
  listen(options?: { host?: string; port?: number }): Promise<string>;
  close(): Promise<void>;
}

export const SERVER_INFO = { name: packageJson.name, version: packageJson.version };

export async function createReferenceServer(options: ReferenceServerOptions = {}): Promise<ReferenceServer> {
  const { seed = 'demo', logger, socketTimeouts, ...runtimeOptions } = options;
  const runtime = new ReferenceRuntime(runtimeOptions);
  const seeded = seed === null ? null : seedWorkspaceWithDemoKeys(runtime, seed);
  runtime.markStart();
  const app = await buildApp(runtime, SERVER_INFO, { logger: logger ?? false, ...(socketTimeouts ? { socketTimeouts } : {}) });
  return {
    app,
    runtime,
    seeded,
    async listen({ host = '127.0.0.1', port = 0 } = {}) {
      await app.listen({ host, port });
      const address = app.server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      return `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`;
    },
    async close() {
      await runtime.close();
      await app.close();
    },
  };
}
