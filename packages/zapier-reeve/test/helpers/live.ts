/**
 * Tests run the app's functions through Zapier's `createAppTester`, with `z.request` reaching a reference server on
 * loopback. One server per test file; each test makes its own Reeve user (with a default brand) and session.
 */
import { startReferenceServer, type ReferenceServerHandle } from '@reevo/reference-server/testing';
import { createAppTester, type Bundle, type ZObject } from 'zapier-platform-core';
import { App } from './definitions';

const appTester = createAppTester(App);

export type PerformFunction<T> = (z: ZObject, bundle: Bundle) => Promise<T>;

export interface ReeveUser {
  id: string;
  defaultBrandId: string;
  token: string;
}

export interface LiveServer {
  readonly server: ReferenceServerHandle;
  /** A new Reeve user with a session token. */
  user(): Promise<ReeveUser>;
  revoke(token: string): Promise<void>;
  /** Makes the fake provider send one of its own webhooks to the user's connection (e.g. Stripe's payment_intent.succeeded). */
  providerEvent(provider: string, userId: string, type: string): Promise<void>;
  /** Runs one perform through appTester with a bundle for this session (and full meta: appTester fills none in). */
  run<T>(perform: PerformFunction<T>, token: string, bundle?: Partial<Bundle>): Promise<T>;
}

let users = 0;

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
    async user() {
      users += 1;
      const created = await live.server.admin<{ id: string; default_brand_id: string }>('POST', '/reeve/users', { email: `zapier.${users}.${process.pid}@example.com` });
      const { token } = await live.server.admin<{ token: string }>('POST', '/reeve/sessions', { user_id: created.id });
      return { id: created.id, defaultBrandId: created.default_brand_id, token };
    },
    async revoke(token) {
      await live.server.admin('POST', `/reeve/sessions/${encodeURIComponent(token)}/revoke`);
    },
    async providerEvent(provider, userId, type) {
      await live.server.admin('POST', `/reeve/providers/${provider}/events`, { user_id: userId, type });
    },
    run: <T>(perform: PerformFunction<T>, token: string, bundle: Partial<Bundle> = {}) =>
      appTester(perform, {
        ...bundle,
        authData: { session_token: token, base_url: live.server.baseUrl, ...bundle.authData },
        inputData: bundle.inputData ?? {},
        meta: { isLoadingSample: false, isFillingDynamicDropdown: false, isPopulatingDedupe: false, limit: -1, page: 0, isBulkRead: false, ...bundle.meta },
      } as Partial<Bundle>) as Promise<T>,
  };
  return live;
}

/** The function a definition's perform field holds (core types it as a request object or a function). */
export function performOf<T = unknown>(definition: { operation: { perform?: unknown } }): PerformFunction<T> {
  const perform = definition.operation.perform;
  if (typeof perform !== 'function') throw new Error('This definition performs a request object, not a function.');
  return perform as PerformFunction<T>;
}

/** A key shaped like the provider's own, ending in `tail` (the four characters Reeve's masked key shows). */
export function keyFor(provider: string, tail = 'abcd'): string {
  const prefix: Record<string, string> = { stripe: 'sk_live_', posthog: 'phc_', klaviyo: 'pk_', figma: 'figd_' };
  return `${prefix[provider] ?? 'key-'}${'x'.repeat(24)}${tail}`;
}
