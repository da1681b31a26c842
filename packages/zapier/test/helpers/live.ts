/**
 * Tests run the app's functions through Zapier's `createAppTester`, with `z.request` reaching a reference server
 * on loopback. One server per test file; each test makes its own workspace and keys.
 */
import { startReferenceServer, type ReferenceServerHandle, type TestWorkspace } from '@reevo/reference-server/testing';
import { createAppTester, type Bundle, type ZObject } from 'zapier-platform-core';
import { App } from './definitions';

export type { ReferenceServerHandle, TestWorkspace };

const appTester = createAppTester(App);

export type PerformFunction<T> = (z: ZObject, bundle: Bundle) => Promise<T>;

export interface LiveServer {
  readonly server: ReferenceServerHandle;
  /** A fresh workspace seeded with the demo data (users, mailboxes, pipelines, accounts, contacts, opportunities). */
  demoWorkspace(): Promise<TestWorkspace>;
  /** Runs one perform through appTester with a bundle for this key (and full meta: appTester fills none in). */
  run<T>(perform: PerformFunction<T>, key: string, bundle?: Partial<Bundle>): Promise<T>;
}

export function useReferenceServer(): LiveServer {
  let server: ReferenceServerHandle | undefined;
  beforeAll(async () => {
    server = await startReferenceServer();
  });
  afterAll(async () => {
    await server?.close();
  });
  const live: LiveServer = {
    get server() {
      if (!server) throw new Error('The reference server has not started: call useReferenceServer() at the top of a describe.');
      return server;
    },
    demoWorkspace: () => live.server.createWorkspace({ seed: 'demo' }),
    run: <T>(perform: PerformFunction<T>, key: string, bundle: Partial<Bundle> = {}) =>
      appTester(withCursor(perform, { value: '' }), {
        ...bundle,
        authData: { api_key: key, base_url: live.server.baseUrl, ...bundle.authData },
        inputData: bundle.inputData ?? {},
        meta: { isLoadingSample: false, isFillingDynamicDropdown: false, isPopulatingDedupe: false, limit: -1, page: 0, isBulkRead: false, ...bundle.meta },
      } as Partial<Bundle>) as Promise<T>,
  };
  return live;
}

/** Where a test keeps `z.cursor` between pages, as Zapier keeps it per Zap. */
export interface CursorStore {
  value: string;
}

/**
 * The perform with `z.cursor` kept in `store`: appTester reaches the real cursor over Zapier's RPC, which needs a
 * deploy key (see the research notes on testing), so tests keep it in memory.
 */
export function withCursor<T>(perform: PerformFunction<T>, store: CursorStore): PerformFunction<T> {
  return (z, bundle) => {
    z.cursor = {
      get: () => Promise.resolve(store.value),
      set: (value: string) => {
        store.value = value;
        return Promise.resolve(null);
      },
    };
    return perform(z, bundle);
  };
}

/** The function a definition's perform field holds (core types it as a request object or a function). */
export function performOf<T = unknown>(definition: { operation: { perform?: unknown } }): PerformFunction<T> {
  const perform = definition.operation.perform;
  if (typeof perform !== 'function') throw new Error('This definition performs a request object, not a function.');
  return perform as PerformFunction<T>;
}
