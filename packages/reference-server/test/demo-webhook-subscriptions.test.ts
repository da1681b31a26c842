/**
 * The `npm start` demo holds each product's catalog example webhook subscription (its id, url and secret), so the
 * documented Get and Delete examples find it, and a reset brings it back once an example has deleted it.
 */
import { EXAMPLE as REEVE_EXAMPLE, EXAMPLE_SUBSCRIPTION } from '@integration-pack/core/reeve/api';
import { EXAMPLE, EXAMPLE_WEBHOOK } from '@integration-pack/core/reevo/api';
import { REEVE_DEMO_USERS } from '../../../fixtures/reeve-demo';
import { createReferenceServer, type ReferenceServer } from '../src/server';

let server: ReferenceServer;
beforeAll(async () => {
  server = await createReferenceServer({ seed: 'demo' });
});
afterAll(() => server.close());

const reevoKey = () => server.seeded?.keys.find((key) => !key.expired && key.name === 'Demo Full Access')?.key as string;
const ada = REEVE_DEMO_USERS[0]!;

const reevo = (method: 'GET' | 'DELETE', path: string) =>
  server.app.inject({ method, url: `/api/v1/public/webhooks${path}?payload_type=json`, headers: { 'x-api-key': reevoKey() } });
const reeve = (method: 'GET' | 'DELETE', path: string) =>
  server.app.inject({ method, url: `/api/connectors/webhooks${path}`, headers: { authorization: `Bearer ${ada.sessionToken}` } });

test("Reevo's demo workspace holds the catalog's example subscription; deleted, a reset brings it back", async () => {
  expect((await reevo('GET', `/${EXAMPLE.webhookId}`)).json()).toEqual(EXAMPLE_WEBHOOK);
  expect((await reevo('DELETE', `/${EXAMPLE.webhookId}`)).statusCode).toBe(204);
  expect((await reevo('GET', `/${EXAMPLE.webhookId}`)).statusCode).toBe(404);
  await server.runtime.reset();
  expect((await reevo('GET', '')).json()).toEqual([EXAMPLE_WEBHOOK]);
});

test("Reeve's first demo user holds the catalog's example subscription; deleted, a reset brings it back", async () => {
  expect((await reeve('GET', '')).json()).toEqual({ webhooks: [EXAMPLE_SUBSCRIPTION] });
  expect((await reeve('DELETE', `/${REEVE_EXAMPLE.subscriptionId}`)).statusCode).toBe(204);
  expect((await reeve('GET', '')).json()).toEqual({ webhooks: [] });
  await server.runtime.reset();
  expect((await reeve('GET', '')).json()).toEqual({ webhooks: [EXAMPLE_SUBSCRIPTION] });
});

test('the demo subscriptions sign with the example secret, so a receiver can verify them with the documented one', () => {
  const reevoStored = server.runtime.workspace(server.seeded!.workspace.id)?.state.webhooks.get(EXAMPLE.webhookId);
  expect(reevoStored?.secret).toBe(EXAMPLE.webhookSecret);
  expect(server.runtime.reeveEvents.subscriptions.wanting({ userId: server.seededReeve!.users[0]!.user.id, brandId: server.seededReeve!.brand.id, type: 'shopify.order.created', provider: 'shopify' }).map((subscription) => subscription.secret)).toEqual([REEVE_EXAMPLE.subscriptionSecret]);
});

test('a workspace made by the admin API, as tests make them, holds no subscription', () => {
  const workspace = server.runtime.createWorkspace({ seed: 'demo' });
  expect(workspace.state.webhooks.size).toBe(0);
});
