/**
 * Endpoints 7–9 over HTTP (docs/reeve-api.md §3): the secret shown once (201), lists without secrets, 204 on
 * delete, another user's subscription answered 404 as an unknown one; an unknown event is 422 naming it; the url
 * rule of Reevo's subscriptions (https, or http to loopback, never this server); subscriptions per user and brand.
 */
import { startWebhookReceiver } from '../../src/webhooks/receiver';
import { startReeveServer, type ReeveTestServer, type ReeveUserSession } from './support';

let t: ReeveTestServer;
let baseUrl: string;
beforeAll(async () => {
  t = await startReeveServer();
  baseUrl = await t.server.listen();
});
afterAll(() => t.server.close());

const create = (session: ReeveUserSession, body: unknown, brand?: string) => t.call('POST', '/api/connectors/webhooks', { token: session.token, body, ...(brand ? { brand } : {}) });
const list = async (session: ReeveUserSession, brand?: string) => (await t.call('GET', '/api/connectors/webhooks', { token: session.token, ...(brand ? { brand } : {}) })).body.webhooks as Array<Record<string, unknown>>;

describe('webhook subscriptions', () => {
  it('are created with their secret, shown once, then listed without it', async () => {
    const ada = await t.user();
    const created = await create(ada, { url: 'https://127.0.0.1:8443/hooks', events: ['shopify.order.created', 'connection.expired'], providers: ['shopify'], description: 'ops' });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.stringMatching(/^sub_[0-9a-f]{24}$/),
      url: 'https://127.0.0.1:8443/hooks',
      events: ['shopify.order.created', 'connection.expired'],
      providers: ['shopify'],
      description: 'ops',
      status: 'active',
      created_at: expect.any(String),
      secret: expect.stringMatching(/^whsec_/),
    });
    const { secret, ...shown } = created.body;
    expect(await list(ada)).toEqual([shown]);
    expect(JSON.stringify(await list(ada))).not.toContain(secret);
  });

  it('are deleted with 204, and another user’s id is 404 as an unknown one is', async () => {
    const ada = await t.user();
    const bob = await t.user();
    const { id } = (await create(ada, { url: 'http://localhost:9/a', events: ['github.push'] })).body;
    const byBob = await t.call('DELETE', `/api/connectors/webhooks/${id}`, { token: bob.token });
    const unknown = await t.call('DELETE', '/api/connectors/webhooks/sub_000000000000000000000000', { token: ada.token });
    expect([byBob.status, unknown.status]).toEqual([404, 404]);
    expect(byBob.body.detail).toBe(unknown.body.detail.replace('sub_000000000000000000000000', id).replace(ada.brandId, bob.brandId));
    expect(await list(bob)).toEqual([]);
    expect((await t.call('DELETE', `/api/connectors/webhooks/${id}`, { token: ada.token })).status).toBe(204);
    expect(await list(ada)).toEqual([]);
  });

  it('belong to the brand they were made in', async () => {
    const ada = await t.user();
    const bob = await t.user();
    const shared = (await t.admin('POST', '/brands', { name: 'Shared', member_ids: [ada.userId, bob.userId] })).body.id as string;
    await create(ada, { url: 'http://127.0.0.1:9/shared', events: ['github.push'] }, shared);
    expect(await list(ada)).toEqual([]);
    expect((await list(ada, shared)).map((subscription) => subscription.url)).toEqual(['http://127.0.0.1:9/shared']);
    expect(await list(bob, shared)).toEqual([]);
  });

  it('refuse an unknown event with 422 naming it', async () => {
    const ada = await t.user();
    const answer = await create(ada, { url: 'http://127.0.0.1:9/a', events: ['github.push', 'shopify.order.deleted'] });
    expect(answer.status).toBe(422);
    expect(answer.body.detail).toEqual([expect.objectContaining({ loc: ['body', 'events', 1], input: 'shopify.order.deleted' })]);
  });

  it.each([
    ['ftp://127.0.0.1/hook', 'https'],
    ['http://hooks.example.com/x', 'https'],
    ['https://hooks.example.com/x', 'this machine'],
  ])('refuse the url %s with 422 at body.url', async (url, words) => {
    const ada = await t.user();
    const answer = await create(ada, { url, events: ['github.push'] });
    expect(answer.status).toBe(422);
    expect(answer.body.detail).toEqual(expect.arrayContaining([expect.objectContaining({ loc: ['body', 'url'], msg: expect.stringContaining(words) })]));
  });

  it('refuse the server’s own address, so no delivery can reach its admin API', async () => {
    const ada = await t.user();
    const answer = await create(ada, { url: `${baseUrl}/__admin/reset`, events: ['github.push'] });
    expect(answer.status).toBe(422);
    expect(JSON.stringify(answer.body.detail)).toContain('the reference server itself');
  });

  it('are disabled when their receiver answers 410, and their deliveries are in the log under the user', async () => {
    const gone = await startWebhookReceiver({ respond: () => 410 });
    try {
      const ada = await t.user();
      const { id } = (await create(ada, { url: gone.url, events: ['connection.connected'] })).body;
      await t.call('POST', '/api/connectors/connect', { token: ada.token, body: { provider: 'stripe', api_key: 'sk_test_51HxAcmeExampleKey0000abcd' } });
      await t.server.runtime.webhooks.settle({ subscriptionId: id });

      expect((await list(ada)).map((subscription) => subscription.status)).toEqual(['disabled']);
      const logged = await t.call('GET', `/__admin/webhooks/deliveries?workspace_id=${ada.userId}`);
      expect(logged.status).toBe(200);
      expect(logged.body).toEqual([expect.objectContaining({ workspaceId: ada.userId, subscriptionId: id, eventType: 'connection.connected', state: 'failed' })]);
    } finally {
      await gone.close();
    }
  });

  it('need a session', async () => {
    expect((await t.call('GET', '/api/connectors/webhooks')).status).toBe(401);
    expect((await t.call('POST', '/api/connectors/webhooks', { body: { url: 'http://127.0.0.1:9/a', events: ['github.push'] } })).status).toBe(401);
  });
});
