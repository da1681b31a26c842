/**
 * Scoping between users (docs/reeve-api.md §1 "Users"): within one brand, no user sees or changes another user's
 * connections, subscriptions or events.
 */
import { connectApiKey, connectOAuth, disconnect, listConnections } from './connect';
import { expectDetail } from './expectations';
import { subscribe } from './subscriber';
import type { ReeveAdminSession } from './target';

export function describeScoping(session: () => ReeveAdminSession) {
  it('two users of one brand each see only their own connections, subscriptions and events', async () => {
    const { admin } = session();
    const [owner, colleague] = [await admin.user(), await admin.user()];
    const brand = await admin.brand('Shared Shop', [owner.id, colleague.id]);
    const asOwner = { token: owner.token, brand: brand.id };
    const asColleague = { token: colleague.token, brand: brand.id };

    await connectApiKey(session(), asOwner, 'stripe');
    const ownerHook = await subscribe(session(), asOwner, { events: ['stripe.payment.succeeded'] });
    const colleagueHook = await subscribe(session(), asColleague, { events: ['stripe.payment.succeeded', 'connection.connected', 'connection.disconnected'] });
    try {
      expect(await listConnections(session(), asColleague)).toEqual([]);
      expectDetail(await disconnect(session(), asColleague, 'stripe'), 404, /stripe|Stripe/);
      expect((await listConnections(session(), asOwner)).map((connection) => connection.status)).toEqual(['connected']);

      const listed = await session().raw({ method: 'GET', path: '/api/connectors/webhooks', ...asColleague });
      expect((listed.body as { webhooks: { id: string }[] }).webhooks.map((webhook) => webhook.id)).toEqual([colleagueHook.subscription.id]);
      const deleted = await session().raw({ method: 'DELETE', path: `/api/connectors/webhooks/${ownerHook.subscription.id}`, ...asColleague });
      expect(deleted.status).toBe(404);

      expect(await admin.providerEvent('stripe', { user_id: owner.id, brand_id: brand.id, type: 'payment_intent.succeeded' })).toMatchObject({ status: 200 });
      await ownerHook.next('stripe.payment.succeeded');
      const colleagueEvents = await session().raw({ method: 'GET', path: '/api/connectors/events', ...asColleague });
      expect(colleagueEvents.body).toEqual({ events: [] });

      // The colleague's own connection is what reaches the colleague's subscription, and nothing of the owner's did.
      await connectOAuth(session(), asColleague, 'github');
      await colleagueHook.next('connection.connected');
      expect(colleagueHook.delivered().map((event) => [event.type, event.provider])).toEqual([['connection.connected', 'github']]);
    } finally {
      await Promise.all([ownerHook.close(), colleagueHook.close()]);
    }
  });

  it('a user\'s connection in one brand is not theirs in another', async () => {
    const { admin } = session();
    const user = await admin.user();
    const other = await admin.brand('Second Brand', [user.id]);
    await connectOAuth(session(), user, 'google_ads');
    expectDetail(await disconnect(session(), { token: user.token, brand: other.id }, 'google_ads'), 404, /google|Google/);
    expect(await listConnections(session(), { token: user.token, brand: other.id })).toEqual([]);
  });
}
