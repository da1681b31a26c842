/**
 * Disconnect (docs/reeve-api.md §3 endpoint 5, §4 "Disconnect"): the stored tokens are deleted, the grant revoked where
 * the provider supports it (`revoked` says which), the connection stays listed as `disconnected` until connected anew,
 * and subscribers hear `connection.disconnected`.
 */
import { PROVIDER_SLUGS, REEVE_PROVIDERS, type ProviderSlug } from '@reevo/client/reeve-catalog';
import { connectApiKey, connectOAuth, connectionOf, disconnect, listConnections } from './connect';
import { expectDetail } from './expectations';
import { subscribe } from './subscriber';
import type { ReeveAdminSession } from './target';

export function describeDisconnect(session: () => ReeveAdminSession) {
  const connect = (provider: ProviderSlug, user: { token: string }) =>
    REEVE_PROVIDERS[provider].kind === 'oauth' ? connectOAuth(session(), user, provider) : connectApiKey(session(), user, provider);

  it.each(PROVIDER_SLUGS)('%s: revoked as the provider allows, tokens deleted, listed as disconnected', async (provider: ProviderSlug) => {
    const user = await session().admin.user();
    await connect(provider, user);
    const answer = await disconnect(session(), user, provider);
    expect(answer).toMatchObject({ status: 200, body: { provider, status: 'disconnected', revoked: REEVE_PROVIDERS[provider].revokes } });
    expect(await connectionOf(session(), user, provider)).toMatchObject({ provider, status: 'disconnected' });
    const [stored] = await session().admin.connections(user.id);
    expect(stored?.credentials).toBeNull();
  });

  it('a provider never connected, or already disconnected, is 404; connecting anew brings it back', async () => {
    const user = await session().admin.user();
    expectDetail(await disconnect(session(), user, 'klaviyo'), 404, /Klaviyo|klaviyo/);
    await connectApiKey(session(), user, 'klaviyo');
    expect((await disconnect(session(), user, 'klaviyo')).status).toBe(200);
    expectDetail(await disconnect(session(), user, 'klaviyo'), 404, /Klaviyo|klaviyo/);
    await connectApiKey(session(), user, 'klaviyo');
    expect((await listConnections(session(), user)).map((connection) => [connection.provider, connection.status])).toEqual([['klaviyo', 'connected']]);
  });

  it('subscribers hear connection.connected and connection.disconnected, with the Connection as data', async () => {
    const user = await session().admin.user();
    const subscriber = await subscribe(session(), user, { events: ['connection.connected', 'connection.disconnected'] });
    try {
      await connectOAuth(session(), user, 'slack');
      const connected = await subscriber.next('connection.connected');
      expect(connected).toMatchObject({ id: expect.stringMatching(/^evt_/), provider: 'slack', brand_id: user.defaultBrandId, data: { provider: 'slack', status: 'connected', type: 'oauth' } });
      await disconnect(session(), user, 'slack');
      expect(await subscriber.next('connection.disconnected')).toMatchObject({ provider: 'slack', data: { provider: 'slack', status: 'disconnected' } });
      expect(JSON.stringify(subscriber.delivered())).not.toMatch(/access_token|refresh_token|ciphertext/);
    } finally {
      await subscriber.close();
    }
  });
}
