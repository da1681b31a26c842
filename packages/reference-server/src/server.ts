/**
 * A reference server ready to listen: the runtime, the fastify app, and optionally the seeded workspace.
 */
import type { FastifyInstance } from 'fastify';
import packageJson from '../package.json';
import { adminTokenFor, type AdminAccess } from './admin/admin-token';
import { seedWorkspaceWithDemoKeys, type SeededWorkspace } from './demo-seed';
import { buildApp } from './http/app';
import { reeveApis } from './reeve';
import { seedReeveDemo, type SeededReeve } from './reeve/demo-seed';
import { reevoApis } from './reevo';
import type { SocketTimeouts } from './http/socket-limits';
import { ReferenceRuntime, type RuntimeOptions } from './runtime/reference-runtime';
import type { WorkspaceSeed } from './runtime/workspaces';

export interface ReferenceServerOptions extends RuntimeOptions {
  /**
   * Seeds one workspace with the demo keys: its records from the demo (`demo`) or none (`empty`), and the Reeve demo
   * (`fixtures/reeve-demo.ts`) in both cases; null seeds nothing.
   */
  seed?: WorkspaceSeed | null;
  logger?: boolean;
  /** How long a client may take to send a request (README "Timeouts"). */
  socketTimeouts?: SocketTimeouts;
  /**
   * A bearer token the admin API requires [C]. Without one, a random token is made when the server listens on an
   * address other than loopback, and none is required on loopback.
   */
  adminToken?: string;
  /** Where the built dashboard is served from (`dist/dashboard` of this package by default). */
  dashboardDir?: string;
}

export interface ReferenceServer {
  app: FastifyInstance;
  runtime: ReferenceRuntime;
  seeded: SeededWorkspace | null;
  /** The Reeve demo (users, their shared brand, session tokens and connections), seeded with the workspace. */
  seededReeve: SeededReeve | null;
  /** The token the admin API requires (`Authorization: Bearer …`), or null when it requires none. */
  readonly adminToken: string | null;
  /** Starts listening and answers the base URL, e.g. http://127.0.0.1:4010. */
  listen(options?: { host?: string; port?: number }): Promise<string>;
  close(): Promise<void>;
}

export const SERVER_INFO = { name: packageJson.name, version: packageJson.version };

export async function createReferenceServer(options: ReferenceServerOptions = {}): Promise<ReferenceServer> {
  const { seed = 'demo', logger, socketTimeouts, adminToken, dashboardDir, ...runtimeOptions } = options;
  const runtime = new ReferenceRuntime(runtimeOptions);
  const seeded = seed === null ? null : seedWorkspaceWithDemoKeys(runtime, seed);
  const seededReeve = seed === null ? null : seedReeveDemo(runtime);
  runtime.markStart();
  const adminAccess: AdminAccess = { token: adminToken ?? null };
  const app = await buildApp(runtime, SERVER_INFO, [reevoApis(runtime), reeveApis(runtime)], { logger: logger ?? false, adminAccess, demo: seeded === null ? null : { seeded, reeve: seededReeve }, ...(dashboardDir ? { dashboardDir } : {}), ...(socketTimeouts ? { socketTimeouts } : {}) });
  return {
    app,
    runtime,
    seeded,
    seededReeve,
    get adminToken() {
      return adminAccess.token;
    },
    async listen({ host = '127.0.0.1', port = 0 } = {}) {
      // Decided before the port opens, so no request ever finds the admin API without the token it needs.
      adminAccess.token = adminTokenFor(host, adminToken ?? null);
      await app.listen({ host, port });
      const address = app.server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      runtime.listeningOn({ address: typeof address === 'object' && address ? address.address : host, port: actualPort });
      return `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`;
    },
    async close() {
      await runtime.close();
      await app.close();
    },
  };
}
