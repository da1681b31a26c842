/** An in-process server for Reeve's tests: users and sessions through the admin API, calls with a bearer session. */
import { createReferenceServer, type ReferenceServer } from '../../src/server';

export interface Answer {
  status: number;
  headers: Record<string, unknown>;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read answers of many shapes
}

export interface ReeveUserSession {
  userId: string;
  brandId: string;
  token: string;
}

export interface ReeveTestServer {
  server: ReferenceServer;
  call(method: string, url: string, options?: { token?: string | null; brand?: string; body?: unknown; headers?: Record<string, string> }): Promise<Answer>;
  admin(method: string, path: string, body?: unknown): Promise<Answer>;
  /** A new user with its own default brand and a session token. */
  user(email?: string): Promise<ReeveUserSession>;
  /** Authorize, approve at the fake provider, and answer the callback's query (what the provider redirected with). */
  approve(session: ReeveUserSession, provider: string, options?: { shop?: string; decision?: 'approve' | 'deny'; redirectUri?: string; brand?: string }): Promise<Record<string, string>>;
  /** The whole OAuth dance; answers the callback's answer. */
  connectOAuth(session: ReeveUserSession, provider: string, options?: { shop?: string; brand?: string }): Promise<Answer>;
  connections(userId: string): Promise<any[]>; // eslint-disable-line @typescript-eslint/no-explicit-any -- admin rows
}

let users = 0;

export async function startReeveServer(): Promise<ReeveTestServer> {
  const server = await createReferenceServer({ seed: null });
  const call: ReeveTestServer['call'] = async (method, url, { token, brand, body, headers = {} } = {}) => {
    const response = await server.app.inject({
      method: method as 'GET',
      url,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(brand ? { 'x-reeve-brand': brand } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { payload: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const type = String(response.headers['content-type'] ?? '');
    return { status: response.statusCode, headers: response.headers, body: response.body && type.includes('json') ? JSON.parse(response.body) : response.body };
  };
  const admin: ReeveTestServer['admin'] = (method, path, body) => call(method, `/__admin/reeve${path}`, { body });
  const user: ReeveTestServer['user'] = async (email) => {
    users += 1;
    const created = await admin('POST', '/users', { email: email ?? `user${users}@example.com`, name: `User ${users}` });
    const session = await admin('POST', '/sessions', { user_id: created.body.id });
    return { userId: created.body.id, brandId: created.body.default_brand_id, token: session.body.token };
  };
  const approve: ReeveTestServer['approve'] = async (session, provider, { shop, decision = 'approve', redirectUri, brand } = {}) => {
    const query = new URLSearchParams({ ...(shop ? { shop } : {}), ...(redirectUri ? { redirect_uri: redirectUri } : {}) });
    const authorized = await call('GET', `/api/oauth/${provider}/authorize?${query}`, { token: session.token, ...(brand ? { brand } : {}) });
    if (authorized.status !== 200) throw new Error(`authorize answered ${authorized.status}: ${JSON.stringify(authorized.body)}`);
    const consent = new URL(authorized.body.auth_url);
    const redirected = await call('GET', `${consent.pathname}${consent.search}&decision=${decision}`);
    if (redirected.status !== 302) throw new Error(`the consent page answered ${redirected.status}: ${String(redirected.body)}`);
    return Object.fromEntries(new URL(String(redirected.headers.location)).searchParams);
  };
  return {
    server,
    call,
    admin,
    user,
    approve,
    async connectOAuth(session, provider, options = {}) {
      const redirect = await approve(session, provider, options);
      return call('GET', `/api/oauth/${provider}/callback?${new URLSearchParams(redirect)}`, { token: session.token, ...(options.brand ? { brand: options.brand } : {}) });
    },
    async connections(userId) {
      return (await admin('GET', `/connections?user_id=${userId}`)).body.connections;
    },
  };
}
