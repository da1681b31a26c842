/** Builds an in-process server for a test file and sends requests through `inject`. */
import { ALL_PERMISSIONS, API_PATH_PREFIX, type Permission } from '@integration-pack/core/reevo/api';
import { createReferenceServer, type ReferenceServer, type ReferenceServerOptions } from '../../src/server';

export const API = API_PATH_PREFIX;

export interface Answer {
  status: number;
  headers: Record<string, unknown>;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read answers of many shapes
}

export interface TestServer {
  server: ReferenceServer;
  /** Sends a request with an API key (unless `key` is null) and parses the JSON answer. */
  call(method: string, url: string, options?: { key?: string | null; body?: unknown; headers?: Record<string, string>; remoteAddress?: string }): Promise<Answer>;
  admin(method: string, path: string, body?: unknown): Promise<Answer>;
  /** A new empty workspace and a key with the given permissions (every one by default). */
  workspace(permissions?: readonly Permission[]): { id: string; key: string; keyFor(permissions: readonly Permission[]): string };
}

export async function startTestServer(options: ReferenceServerOptions = {}): Promise<TestServer> {
  const server = await createReferenceServer({ seed: null, ...options });
  const call: TestServer['call'] = async (method, url, { key, body, headers = {}, remoteAddress } = {}) => {
    const response = await server.app.inject({
      method: method as 'GET',
      url,
      headers: { ...(key ? { 'x-api-key': key } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      ...(body === undefined ? {} : { payload: typeof body === 'string' ? body : JSON.stringify(body) }),
      ...(remoteAddress ? { remoteAddress } : {}),
    });
    return { status: response.statusCode, headers: response.headers, body: response.body ? JSON.parse(response.body) : undefined };
  };
  return {
    server,
    call,
    admin: (method, path, body) => call(method, `/__admin${path}`, { key: null, body }),
    workspace(permissions = ALL_PERMISSIONS) {
      const workspace = server.runtime.createWorkspace({ seed: 'demo' });
      const keyFor = (granted: readonly Permission[]) => server.runtime.createKey({ workspaceId: workspace.id, name: `key ${granted.join(' ')}`, permissions: granted }).key;
      return { id: workspace.id, key: keyFor(permissions), keyFor };
    },
  };
}
