/**
 * Token refresh and expiry as the clock moves (docs/reeve-api.md §2 "refresh model", §4 "Refresh" and "Time"): each
 * jump assesses every connection once, at the new time. These tests move the server's one clock far ahead, so their
 * section runs last; each reads with a session made after its jumps (a session lapses after 30 days unused).
 */
import { connectApiKey, connectOAuth, connectionOf, type ConnectionView } from './connect';
import { subscribe } from './subscriber';
import type { ReeveAdminSession, ReeveTestUser } from './target';
import type { ProviderSlug } from '@reevo/client/reeve-catalog';

const HOUR = 3600;
const DAY = 24 * HOUR;

export function describeRefresh(session: () => ReeveAdminSession) {
  /** The connection as its user now sees it, through a session made now. */
  async function current(user: ReeveTestUser, provider: ProviderSlug): Promise<ConnectionView> {
    const { token } = await session().admin.session(user.id);
    const connection = await connectionOf(session(), { token }, provider);
    if (!connection) throw new Error(`${provider} is not listed for ${user.email}`);
    return connection;
  }

  it.each([
    ['google_ads', 2 * HOUR],
    ['shopify', 2 * HOUR],
    ['github', 9 * HOUR],
    ['tiktok_ads', 25 * HOUR],
  ] as const)('%s: a token whose life ends inside a jump is refreshed with its refresh token', async (provider, jump) => {
    const user = await session().admin.user();
    await connectOAuth(session(), user, provider);
    const before = await current(user, provider);
    expect(before.expires_at).toEqual(expect.any(String));
    const [storedBefore] = await session().admin.connections(user.id);
    await session().admin.advanceClock(jump);
    const after = await current(user, provider);
    const now = await session().admin.now();
    expect(after).toMatchObject({ status: 'connected', last_refreshed_at: expect.any(String) });
    expect(new Date(after.expires_at!).getTime()).toBeGreaterThan(now.getTime());
    const [storedAfter] = await session().admin.connections(user.id);
    expect(storedAfter?.refresh_history.length).toBeGreaterThan(storedBefore?.refresh_history.length ?? 0);
    expect(storedAfter?.credentials?.ciphertext).not.toBe(storedBefore?.credentials?.ciphertext);
  });

  it('a token is refreshed once its expiry is less than 15 minutes off, not before', async () => {
    const user = await session().admin.user();
    await connectOAuth(session(), user, 'google_ads');
    await session().admin.advanceClock(40 * 60);
    expect((await current(user, 'google_ads')).last_refreshed_at).toBeNull();
    await session().admin.advanceClock(10 * 60);
    expect((await current(user, 'google_ads')).last_refreshed_at).toEqual(expect.any(String));
  });

  it('meta: exchanged for a new token just before its ~60 days run out; once a token has run out it cannot be, and the connection expires', async () => {
    const { admin } = session();
    const user = await admin.user();
    await connectOAuth(session(), user, 'meta');
    const expiresAt = new Date((await current(user, 'meta')).expires_at!).getTime();
    const untilFiveMinutesBefore = Math.floor((expiresAt - (await admin.now()).getTime()) / 1000) - 5 * 60;
    expect(untilFiveMinutesBefore).toBeGreaterThan(50 * DAY);
    await admin.advanceClock(untilFiveMinutesBefore);
    const exchanged = await current(user, 'meta');
    expect(exchanged).toMatchObject({ status: 'connected', last_refreshed_at: expect.any(String) });
    expect(new Date(exchanged.expires_at!).getTime()).toBeGreaterThan(expiresAt);
    // The new token's whole life ends inside this jump: nothing is left to exchange.
    await admin.advanceClock(61 * DAY);
    expect(await current(user, 'meta')).toMatchObject({ status: 'expired', status_reason: expect.stringMatching(/Meta/) });
  });

  it('a refresh the provider refuses (invalid_grant) expires the connection with the cause and the fix, and subscribers hear connection.expired', async () => {
    const user = await session().admin.user();
    const subscriber = await subscribe(session(), user, { events: ['connection.expired'] });
    await connectOAuth(session(), user, 'google_ads');
    await session().admin.provider('google_ads', { refresh: 'invalid_grant' });
    try {
      await session().admin.advanceClock(2 * HOUR);
      const expired = await current(user, 'google_ads');
      expect(expired).toMatchObject({ status: 'expired', status_reason: expect.stringMatching(/Google Ads/) });
      expect(expired.status_reason).toMatch(/reconnect/i);
      expect(await subscriber.next('connection.expired')).toMatchObject({ provider: 'google_ads', data: { provider: 'google_ads', status: 'expired' } });
    } finally {
      await session().admin.provider('google_ads', { refresh: 'ok' });
      await subscriber.close();
    }
  });

  it('a provider that stays down turns the connection to error only after failed refreshes on 4 different days', async () => {
    const user = await session().admin.user();
    const subscriber = await subscribe(session(), user, { events: ['connection.error'] });
    await connectOAuth(session(), user, 'github');
    await session().admin.provider('github', { refresh: 'unreachable' });
    try {
      for (let day = 1; day <= 3; day += 1) {
        await session().admin.advanceClock(DAY);
        expect({ day, status: (await current(user, 'github')).status }).toEqual({ day, status: expect.not.stringMatching(/^error$/) });
      }
      await session().admin.advanceClock(DAY);
      expect(await current(user, 'github')).toMatchObject({ status: 'error', status_reason: expect.stringMatching(/GitHub/) });
      expect(await subscriber.next('connection.error')).toMatchObject({ provider: 'github', data: { status: 'error' } });
    } finally {
      await session().admin.provider('github', { refresh: 'ok' });
      await subscriber.close();
    }
  });

  it('tokens that do not expire (Slack) and API keys stay connected however far the clock moves', async () => {
    const user = await session().admin.user();
    await connectOAuth(session(), user, 'slack');
    await connectApiKey(session(), user, 'posthog');
    await session().admin.advanceClock(400 * DAY);
    expect(await current(user, 'slack')).toMatchObject({ status: 'connected', expires_at: null, last_refreshed_at: null });
    expect(await current(user, 'posthog')).toMatchObject({ status: 'connected', expires_at: null });
  });
}
