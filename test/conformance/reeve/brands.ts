/**
 * Brands (docs/reeve-api.md §1): `X-Reeve-Brand` chooses the brand a request acts in, the user's default without it;
 * a brand the user is not a member of is 403 `You are not a member of brand <id>`.
 */
import { ReeveForbiddenError } from '@reevo/client/reeve';
import { connectApiKey, connectOAuth, listConnections } from './connect';
import { expectDetail } from './expectations';
import type { ReeveAdminSession, ReeveSession } from './target';

export function describeSessionBrands(session: () => ReeveSession) {
  it('a brand the user does not belong to is 403 naming it, on reads and writes alike', async () => {
    const brand = 'brand_not_a_member_of';
    expectDetail(await session().raw({ method: 'GET', path: '/api/connectors/list', brand }), 403, `You are not a member of brand ${brand}`);
    expectDetail(await session().raw({ method: 'GET', path: '/api/oauth/meta/authorize', brand }), 403, `You are not a member of brand ${brand}`);
    expectDetail(await session().raw({ method: 'POST', path: '/api/connectors/webhooks', brand, body: { url: 'https://hooks.example.com/reeve', events: ['connection.connected'] } }), 403, `You are not a member of brand ${brand}`);
    await expect(session().client(session().sessionToken, brand).connections.list()).rejects.toBeInstanceOf(ReeveForbiddenError);
  });
}

export function describeBrands(session: () => ReeveAdminSession) {
  it('the header chooses the brand; without it the default brand applies; connections stay in their brand', async () => {
    const { admin } = session();
    const user = await admin.user();
    const shared = await admin.brand('Conformance Shared Brand', [user.id]);
    await connectApiKey(session(), { token: user.token }, 'stripe');
    await connectOAuth(session(), { token: user.token, brand: shared.id }, 'github');

    const inDefault = await listConnections(session(), { token: user.token });
    expect(inDefault.map((connection) => [connection.provider, connection.brand_id])).toEqual([['stripe', user.defaultBrandId]]);
    const namingDefault = await listConnections(session(), { token: user.token, brand: user.defaultBrandId });
    expect(namingDefault).toEqual(inDefault);
    const inShared = await listConnections(session(), { token: user.token, brand: shared.id });
    expect(inShared.map((connection) => [connection.provider, connection.brand_id])).toEqual([['github', shared.id]]);
  });

  it('another user\'s default brand, or a brand one was not made a member of, is 403', async () => {
    const { admin } = session();
    const [member, outsider] = [await admin.user(), await admin.user()];
    const brand = await admin.brand('Members Only', [member.id]);
    for (const brandId of [brand.id, member.defaultBrandId]) {
      expectDetail(await session().raw({ method: 'GET', path: '/api/connectors/list', token: outsider.token, brand: brandId }), 403, `You are not a member of brand ${brandId}`);
    }
    expect((await session().raw({ method: 'GET', path: '/api/connectors/list', token: member.token, brand: brand.id })).status).toBe(200);
  });
}
