/**
 * Refresh driven by the clock, seen through the API (docs/reeve-api.md §4 "Refresh", "Time"): moving the clock
 * through `/__admin/clock` renews, rotates or expires tokens by each provider's model, visible in the list, in the
 * stored row's refresh history and in lifecycle events.
 */
import { startReeveServer, type ReeveTestServer, type ReeveUserSession } from './support';

const DAY = 24 * 3600;
let t: ReeveTestServer;

beforeAll(async () => {
  t = await startReeveServer();
});
afterAll(() => t.server.close());
beforeEach(async () => {
  await t.call('POST', '/__admin/clock', { body: { freeze: true } });
});
afterEach(() => t.server.runtime.clock.restore());

const advance = (seconds: number) => t.call('POST', '/__admin/clock', { body: { advance_seconds: seconds } });
const listed = async (session: ReeveUserSession) => (await t.call('GET', '/api/connectors/list', { token: session.token })).body.connections[0];
const refreshTokenOf = (session: ReeveUserSession, provider: 'shopify' | 'google_ads') => {
  const { reeve } = t.server.runtime;
  const row = reeve.state.connection(session.userId, session.brandId, provider);
  return (reeve.sealer.open(row?.credentials as never) as { refresh_token: string }).refresh_token;
};
const eventsOf = (session: ReeveUserSession) => t.server.runtime.reeve.recorded.events.filter((event) => event.userId === session.userId).map((event) => event.type);

test('Shopify: a clock jump past the hour refreshes once, with a new refresh token', async () => {
  const ada = await t.user();
  await t.connectOAuth(ada, 'shopify', { shop: 'acme.myshopify.com' });
  const before = refreshTokenOf(ada, 'shopify');
  await advance(2 * 3600);
  const now = t.server.runtime.clock.nowMs();
  expect(await listed(ada)).toMatchObject({ status: 'connected', last_refreshed_at: new Date(now).toISOString(), expires_at: new Date(now + 3600_000).toISOString() });
  expect(refreshTokenOf(ada, 'shopify')).not.toBe(before);
  const [row] = await t.connections(ada.userId);
  expect(row.refresh_history).toEqual([{ at: new Date(now).toISOString(), outcome: 'refreshed', detail: 'new access token and refresh token' }]);
});

test('Google: the refresh token is kept across refreshes', async () => {
  const ada = await t.user();
  await t.connectOAuth(ada, 'google_ads');
  const before = refreshTokenOf(ada, 'google_ads');
  await advance(30 * DAY);
  await advance(30 * DAY);
  expect(refreshTokenOf(ada, 'google_ads')).toBe(before);
  expect((await t.connections(ada.userId))[0].refresh_history).toHaveLength(2);
});

test('Meta: more than 60 days in one jump cannot be exchanged, and the connection turns expired', async () => {
  const ada = await t.user();
  await t.connectOAuth(ada, 'meta');
  await advance(61 * DAY);
  // The session lapsed too (30 days unused): the stored row shows the connection.
  expect((await t.connections(ada.userId))[0]).toMatchObject({
    status: 'expired',
    status_reason: 'Reconnect Meta Ads: it refused to renew the token (invalid_grant: Error validating access token: Session has expired.)',
  });
  expect(eventsOf(ada)).toEqual(['connection.connected', 'connection.expired']);
});

test('invalid_grant from the provider turns the connection expired with the reason', async () => {
  const ada = await t.user();
  await t.connectOAuth(ada, 'github');
  await t.admin('PUT', '/providers/github', { refresh: 'invalid_grant' });
  try {
    await advance(8 * 3600);
    expect(await listed(ada)).toMatchObject({ status: 'expired', status_reason: expect.stringMatching(/^Reconnect GitHub: it refused to renew the token \(invalid_grant/) });
    expect((await t.connections(ada.userId))[0].refresh_history).toEqual([expect.objectContaining({ outcome: 'invalid_grant' })]);
  } finally {
    await t.admin('PUT', '/providers/github', { refresh: 'ok' });
  }
});

test('an unreachable provider: retried each day, error only after the 4th day with failures', async () => {
  const ada = await t.user();
  await t.connectOAuth(ada, 'tiktok_ads');
  await t.admin('PUT', '/providers/tiktok_ads', { refresh: 'unreachable' });
  try {
    for (let day = 1; day <= 3; day += 1) {
      await advance(DAY);
      expect((await listed(ada)).status).toBe('connected');
    }
    await advance(DAY);
    expect(await listed(ada)).toMatchObject({ status: 'error', status_reason: 'Reconnect TikTok Ads: its token could not be refreshed because TikTok Ads could not be reached on 4 different days' });
    expect((await t.connections(ada.userId))[0].refresh_history.map((record: { outcome: string }) => record.outcome)).toEqual(['unreachable', 'unreachable', 'unreachable', 'unreachable']);
    expect(eventsOf(ada)).toEqual(['connection.connected', 'connection.error']);
  } finally {
    await t.admin('PUT', '/providers/tiktok_ads', { refresh: 'ok' });
  }
});

test('Slack never expires: years later it is still connected, never refreshed', async () => {
  const ada = await t.user();
  await t.connectOAuth(ada, 'slack');
  await advance(5 * 365 * DAY);
  expect((await t.connections(ada.userId))[0]).toMatchObject({ status: 'connected', expires_at: null, last_refreshed_at: null });
});
