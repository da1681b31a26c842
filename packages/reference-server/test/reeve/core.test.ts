/**
 * Reeve's state without HTTP: sealed credentials, sessions on the server clock, and the refresh engine's models
 * driven by clock jumps (docs/reeve-api.md §1, §4).
 */
import { ReferenceRuntime } from '../../src/runtime/reference-runtime';
import { disconnect, saveConnected } from '../../src/reeve/connections';
import { CredentialSealer } from '../../src/reeve/sealed-credentials';
import type { OAuthProviderSlug } from '../../src/reeve/providers/token-models';
import type { ConnectionRow } from '../../src/reeve/state';

const DAY = 24 * 3600;

describe('sealed credentials', () => {
  test('round-trip, with a fresh 12-byte IV and a 16-byte tag each time, and refuse tampering', () => {
    const sealer = new CredentialSealer();
    const credentials = { kind: 'api_key' as const, api_key: 'sk_test_abcdefghijklmnop', config: {} };
    const first = sealer.seal(credentials);
    const second = sealer.seal(credentials);
    expect(first.iv).toHaveLength(12);
    expect(first.tag).toHaveLength(16);
    expect(Buffer.from(first.iv).equals(Buffer.from(second.iv))).toBe(false);
    expect(Buffer.from(first.ciphertext).toString('utf8')).not.toContain('sk_test_');
    expect(sealer.open(first)).toEqual(credentials);
    const tampered = { ...first, ciphertext: Buffer.from(first.ciphertext).map((byte, index) => (index === 0 ? byte ^ 1 : byte)) };
    expect(() => sealer.open(tampered)).toThrow();
    expect(() => new CredentialSealer().open(first)).toThrow();
  });
});

describe('sessions', () => {
  let runtime: ReferenceRuntime;
  beforeEach(() => {
    runtime = new ReferenceRuntime();
    runtime.clock.freeze();
  });
  afterEach(() => runtime.close());

  test('lapse after 30 days unused, start again with each use, and stay revoked', () => {
    const { state } = runtime.reeve;
    const user = state.createUser({ email: 'ada@example.com', name: 'Ada' });
    const { token } = state.createSession(user.id, null, runtime.clock.nowMs());
    runtime.clock.advance(29 * DAY);
    expect(state.checkSession(token, runtime.clock.nowMs())).toEqual({ outcome: 'valid', user });
    state.touchSession(token, runtime.clock.nowMs());
    runtime.clock.advance(29 * DAY);
    expect(state.checkSession(token, runtime.clock.nowMs()).outcome).toBe('valid');
    runtime.clock.advance(1 * DAY + 1);
    expect(state.checkSession(token, runtime.clock.nowMs()).outcome).toBe('refused');
    const other = state.createSession(user.id, null, runtime.clock.nowMs());
    expect(state.revokeSession(other.token)).toBe(true);
    expect(state.checkSession(other.token, runtime.clock.nowMs()).outcome).toBe('refused');
    expect(state.checkSession('00000000-0000-4000-8000-000000000000', runtime.clock.nowMs()).outcome).toBe('refused');
  });

  test('end at an explicit expiry', () => {
    const { state } = runtime.reeve;
    const user = state.createUser({ email: 'bob@example.com', name: null });
    const { token } = state.createSession(user.id, new Date(runtime.clock.nowMs() + 3600_000).toISOString(), runtime.clock.nowMs());
    runtime.clock.advance(3599);
    expect(state.checkSession(token, runtime.clock.nowMs()).outcome).toBe('valid');
    runtime.clock.advance(1);
    expect(state.checkSession(token, runtime.clock.nowMs()).outcome).toBe('refused');
  });
});

describe('refresh by clock jumps', () => {
  let runtime: ReferenceRuntime;
  beforeEach(() => {
    runtime = new ReferenceRuntime();
    runtime.clock.freeze();
  });
  afterEach(() => runtime.close());

  /** A connection as the callback would save it, from a grant the fake provider issued now. */
  function connect(provider: OAuthProviderSlug): { row: ConnectionRow; refreshToken: string | null; accessToken: string } {
    const { reeve } = runtime;
    const user = reeve.state.createUser({ email: `${provider}@example.com`, name: null });
    const token = reeve.providers.seedGrant(provider, 'Acme');
    const now = runtime.clock.nowMs();
    const row = reeve.state.saveConnection({
      provider,
      userId: user.id,
      brandId: user.defaultBrandId,
      type: 'oauth',
      status: 'connected',
      accountName: 'Acme',
      connectedAt: new Date(now).toISOString(),
      expiresAt: token.expires_in === undefined ? null : new Date(now + token.expires_in * 1000).toISOString(),
      lastRefreshedAt: null,
      statusReason: null,
      credentials: reeve.sealer.seal({ kind: 'oauth', access_token: token.access_token, refresh_token: token.refresh_token ?? null, shop: null }),
      refreshHistory: [],
      failedRefreshDays: [],
      lastUnreachableAtMs: null,
      hookToken: null,
      webhookSecret: null,
    });
    return { row, refreshToken: token.refresh_token ?? null, accessToken: token.access_token };
  }

  const openedRefreshToken = (row: ConnectionRow) => {
    const credentials = runtime.reeve.sealer.open(row.credentials as NonNullable<ConnectionRow['credentials']>);
    return credentials.kind === 'oauth' ? credentials.refresh_token : null;
  };

  test('nothing is refreshed more than 15 minutes before expiry; inside the margin it is', () => {
    const { row } = connect('google_ads');
    runtime.clock.advance(3600 - 15 * 60 - 1);
    expect(row.lastRefreshedAt).toBeNull();
    runtime.clock.advance(2);
    expect(row.lastRefreshedAt).toBe(runtime.clock.now().toISOString());
    expect(Date.parse(row.expiresAt as string)).toBe(runtime.clock.nowMs() + 3600_000);
  });

  test('Google keeps its refresh token across a 90-day jump', () => {
    const { row, refreshToken } = connect('google_ads');
    runtime.clock.advance(90 * DAY);
    expect(row.status).toBe('connected');
    expect(row.refreshHistory).toEqual([expect.objectContaining({ outcome: 'refreshed', detail: 'new access token' })]);
    expect(openedRefreshToken(row)).toBe(refreshToken);
  });

  test('Shopify rotates its refresh token; the old one is refused; past 90 days the connection expires', () => {
    const { row, refreshToken } = connect('shopify');
    runtime.clock.advance(3600);
    const rotated = openedRefreshToken(row);
    expect(rotated).not.toBe(refreshToken);
    expect(runtime.reeve.providers.renew('shopify', { refresh_token: refreshToken as string })).toMatchObject({ ok: false, refusal: { error: 'invalid_grant' } });
    runtime.clock.advance(91 * DAY);
    expect(row.status).toBe('expired');
    expect(row.statusReason).toMatch(/^Reconnect Shopify: it refused to renew the token \(invalid_grant/);
    expect(runtime.reeve.recorded.events.map((event) => event.type)).toEqual(['connection.expired']);
  });

  test('Meta exchanges a live token, and cannot once it has expired', () => {
    const live = connect('meta');
    runtime.clock.advance(60 * DAY - 60);
    expect(live.row.status).toBe('connected');
    expect(live.row.lastRefreshedAt).not.toBeNull();
    const lapsed = connect('meta');
    runtime.clock.advance(61 * DAY);
    expect(lapsed.row.status).toBe('expired');
    expect(lapsed.row.statusReason).toContain('Session has expired');
  });

  test('Slack never expires and is never refreshed', () => {
    const { row } = connect('slack');
    runtime.clock.advance(3650 * DAY);
    expect([row.status, row.expiresAt, row.refreshHistory]).toEqual(['connected', null, []]);
  });

  test('an unreachable provider turns the connection error only after failures on 4 different days', () => {
    const { row } = connect('github');
    runtime.reeve.providers.setBehaviour('github', { refresh: 'unreachable' });
    for (let day = 0; day < 3; day += 1) {
      runtime.clock.advance(DAY);
      runtime.reeve.assess();
      runtime.clock.advance(60);
      expect(row.status).toBe('connected');
    }
    expect(row.failedRefreshDays).toHaveLength(3);
    runtime.clock.advance(DAY);
    expect(row.status).toBe('error');
    expect(row.statusReason).toBe('Reconnect GitHub: its token could not be refreshed because GitHub could not be reached on 4 different days');
    expect(runtime.reeve.recorded.events.map((event) => event.type)).toEqual(['connection.error']);
  });

  test('a success after failures clears the failed days', () => {
    const { row } = connect('github');
    runtime.reeve.providers.setBehaviour('github', { refresh: 'unreachable' });
    runtime.clock.advance(DAY);
    expect(row.failedRefreshDays).toHaveLength(1);
    runtime.reeve.providers.setBehaviour('github', { refresh: 'ok' });
    runtime.clock.advance(DAY);
    expect([row.status, row.failedRefreshDays]).toEqual(['connected', []]);
  });
});

describe('fake providers are bounded', () => {
  test('past provider_grants the oldest codes and grants go first, and their tokens become unknown', () => {
    const runtime = new ReferenceRuntime({ limits: { providerGrants: 2 } });
    try {
      const { providers } = runtime.reeve;
      const first = providers.seedGrant('google_ads', 'A');
      const second = providers.seedGrant('google_ads', 'B');
      expect(providers.isLive('google_ads', first.access_token)).toBe(true);
      providers.seedGrant('google_ads', 'C');
      expect(providers.isLive('google_ads', first.access_token)).toBe(false);
      expect(providers.isLive('google_ads', second.access_token)).toBe(true);
      expect(providers.renew('google_ads', { refresh_token: first.refresh_token })).toMatchObject({ ok: false, refusal: { error: 'invalid_grant' } });
      expect(providers.data.grants.size).toBe(2);
      const request = { client_id: 'reeve-reference-slack', redirect_uri: 'https://app.example/cb', state: 's', code_challenge: 'c', code_challenge_method: 'S256' };
      for (let n = 0; n < 5; n += 1) providers.decide('slack', request, 'approve', 0);
      expect(providers.data.codes.size).toBe(2);
    } finally {
      void runtime.close();
    }
  });
});

describe('connectionByHook', () => {
  test('finds the connection by its current hook token only: not after a disconnect, not by the token before a reconnect', () => {
    const runtime = new ReferenceRuntime();
    try {
      const { reeve } = runtime;
      const user = reeve.state.createUser({ email: 'hooks@example.com', name: null });
      const caller = { user, brandId: user.defaultBrandId };
      const first = saveConnected(reeve, caller, { provider: 'stripe', accountName: 'Acme', credentials: { kind: 'api_key', api_key: 'sk_test_0123456789abcdef', config: {} }, expiresAt: null });
      const firstToken = first.hookToken as string;
      expect(reeve.state.connectionByHook('stripe', firstToken)).toBe(first);
      expect(reeve.state.connectionByHook('github', firstToken)).toBeUndefined();
      disconnect(reeve, first);
      expect(reeve.state.connectionByHook('stripe', firstToken)).toBeUndefined();
      const second = saveConnected(reeve, caller, { provider: 'stripe', accountName: 'Acme', credentials: { kind: 'api_key', api_key: 'sk_test_0123456789abcdef', config: {} }, expiresAt: null });
      expect(second.id).toBe(first.id);
      expect(reeve.state.connectionByHook('stripe', firstToken)).toBeUndefined();
      expect(reeve.state.connectionByHook('stripe', second.hookToken as string)).toBe(second);
      expect(reeve.state.data.hooks.size).toBe(1);
    } finally {
      void runtime.close();
    }
  });
});
