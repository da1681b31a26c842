/**
 * `@reevo/reference-server/testing`: starts a reference server in the test process on 127.0.0.1:0, and gives each
 * test its own workspace and keys (see `testing-contract.ts`).
 */
import { ALL_PERMISSIONS, type Permission } from '@integration-pack/core/reevo/api';
import { ADMIN_PAGE_SIZE } from './runtime/limits';
import { createReferenceServer } from './server';
import type {
  Delivery,
  JournalEntry,
  ReferenceServerHandle,
  StartOptions,
  StartReferenceServer,
  TestWorkspace,
} from './testing-contract';

export type { Delivery, JournalEntry, ReferenceServerHandle, StartOptions, TestWorkspace } from './testing-contract';
export { startWebhookReceiver } from './webhooks/receiver';
export type { ReceivedRequest, ReceiverAnswer, WebhookReceiver, WebhookReceiverOptions } from './webhooks/receiver';

type InjectMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE' | 'HEAD' | 'OPTIONS';

const DEFAULT_TEST_TIME_SCALE = 0.001;
const DEFAULT_SETTLE_TIMEOUT_MS = 10_000;

interface CreatedKey {
  id: string;
  key: string;
}

export const startReferenceServer: StartReferenceServer = async (options: StartOptions = {}) => {
  const server = await createReferenceServer({
    seed: null,
    timeScale: options.timeScale ?? DEFAULT_TEST_TIME_SCALE,
    ...(options.webhookTimeoutMs === undefined ? {} : { webhookTimeoutMs: options.webhookTimeoutMs }),
  });
  const baseUrl = await server.listen({ host: '127.0.0.1', port: 0 });

  const admin: ReferenceServerHandle['admin'] = async <T>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown) => {
    const response = await server.app.inject({
      method,
      url: `/__admin${path.startsWith('/') ? path : `/${path}`}`,
      ...(body === undefined ? {} : { payload: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
    });
    if (response.statusCode < 200 || response.statusCode >= 300) {
      throw new Error(`Admin ${method} ${path} answered ${response.statusCode}: ${response.body}`);
    }
    return (response.body === '' ? undefined : JSON.parse(response.body)) as T;
  };

  /** A whole admin log, oldest first, read page after page (the admin API answers at most a page at a time). */
  const everyPage = async <T extends { id: string }>(path: string): Promise<T[]> => {
    const entries: T[] = [];
    for (;;) {
      const cursor = entries.at(-1)?.id;
      const page = await admin<T[]>('GET', `${path}&limit=${ADMIN_PAGE_SIZE.max}${cursor === undefined ? '' : `&cursor=${cursor}`}`);
      entries.push(...page);
      if (page.length < ADMIN_PAGE_SIZE.max) return entries;
    }
  };

  const createWorkspace: ReferenceServerHandle['createWorkspace'] = async ({ seed = 'empty', name } = {}) => {
    const workspace = await admin<{ id: string }>('POST', '/workspaces', { seed, ...(name ? { name } : {}) });
    const keyIds = new Map<string, string>();
    const makeKey = async (permissions: readonly Permission[] | 'all', keyOptions: { name?: string; expiresAt?: string } = {}) => {
      const created = await admin<CreatedKey>('POST', '/keys', {
        workspace_id: workspace.id,
        name: keyOptions.name ?? `test key ${keyIds.size + 1}`,
        permissions: permissions === 'all' ? ALL_PERMISSIONS : permissions,
        ...(keyOptions.expiresAt ? { expires_at: keyOptions.expiresAt } : {}),
      });
      keyIds.set(created.key, created.id);
      return created.key;
    };
    const fullKey = await makeKey('all', { name: 'full access' });
    const testWorkspace: TestWorkspace = {
      id: workspace.id,
      fullKey,
      key: makeKey,
      async expireKey(key) {
        const id = keyIds.get(key);
        if (!id) throw new Error('expireKey() takes a key made by this workspace\'s key() (or its fullKey).');
        await admin('POST', `/keys/${id}/expire`);
      },
      async setQuota(limit, windowSeconds) {
        await admin('PUT', '/quota', { workspace_id: workspace.id, limit, window_seconds: windowSeconds });
      },
      journal: () => everyPage<JournalEntry>(`/requests?workspace_id=${workspace.id}`),
      deliveries: () => everyPage<Delivery>(`/webhooks/deliveries?workspace_id=${workspace.id}`),
      settleWebhooks: (timeoutMs = DEFAULT_SETTLE_TIMEOUT_MS) => server.runtime.webhooks.settle({ workspaceId: workspace.id }, timeoutMs),
    };
    return testWorkspace;
  };

  return {
    baseUrl,
    createWorkspace,
    admin,
    async inject({ method, url, headers, body }) {
      const response = await server.app.inject({
        method: method as InjectMethod,
        url,
        headers,
        ...(body === undefined ? {} : { payload: body }),
      });
      const answerHeaders = Object.fromEntries(
        Object.entries(response.headers).map(([name, value]) => [name, typeof value === 'number' ? String(value) : value]),
      );
      return { status: response.statusCode, headers: answerHeaders, body: response.body };
    },
    close: () => server.close(),
  };
};
