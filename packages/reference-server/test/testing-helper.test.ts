import { API_PATH_PREFIX } from '@integration-pack/core/reevo/api';
import { startReferenceServer, type ReferenceServerHandle } from '../src/testing';
import { startWebhookReceiver, type WebhookReceiver } from '../src/webhooks/receiver';

let server: ReferenceServerHandle;
let receiver: WebhookReceiver;
beforeAll(async () => {
  server = await startReferenceServer();
  receiver = await startWebhookReceiver();
});
afterAll(async () => {
  await receiver.close();
  await server.close();
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read answers of many shapes
async function api(key: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
  const response = await fetch(`${server.baseUrl}${API_PATH_PREFIX}${path}?payload_type=json`, {
    method,
    headers: { 'x-api-key': key, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: response.status === 204 ? undefined : await response.json() };
}

describe('@reevo/reference-server/testing', () => {
  test('serves over loopback; each workspace has a full key and makes narrower ones', async () => {
    expect(server.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const workspace = await server.createWorkspace({ seed: 'demo' });
    expect((await api(workspace.fullKey, 'POST', '/accounts', { name: 'Helper Co' })).status).toBe(200);
    const readOnly = await workspace.key(['accounts:read'], { name: 'reader' });
    const refused = await api(readOnly, 'POST', '/accounts', { name: 'Nope' });
    expect(refused.body.details).toEqual({ missing_permissions: ['accounts:write'] });
    await workspace.expireKey(readOnly);
    expect((await api(readOnly, 'POST', '/accounts/search', { domain_name: 'a' })).body.message).toBe('API key has expired');
  });

  test('quota and journal, scoped to the workspace', async () => {
    const workspace = await server.createWorkspace();
    await workspace.setQuota(1, 60);
    await api(workspace.fullKey, 'POST', '/accounts/search', { domain_name: 'a' });
    expect((await api(workspace.fullKey, 'POST', '/accounts/search', { domain_name: 'a' })).status).toBe(429);
    const journal = await workspace.journal();
    expect(journal.map((entry) => [entry.operationId, entry.status, entry.payloadType])).toEqual([
      ['searchAccounts', 200, 'json'],
      ['searchAccounts', 429, 'json'],
    ]);
  });

  test('events reach subscribed webhooks, signed; settleWebhooks waits for them', async () => {
    const workspace = await server.createWorkspace();
    const subscription = await api(workspace.fullKey, 'POST', '/webhooks', { url: receiver.url, events: ['account.created'] });
    expect(subscription.status).toBe(201);
    receiver.setSecret(subscription.body.secret);
    const account = await api(workspace.fullKey, 'POST', '/accounts', { name: 'Hooked' });
    const deliveries = await workspace.settleWebhooks();
    expect(deliveries).toEqual([expect.objectContaining({ state: 'delivered', eventType: 'account.created', subscriptionId: subscription.body.id })]);
    const event = await receiver.waitFor('account.created');
    expect(event).toMatchObject({ id: expect.stringMatching(/^evt_/), type: 'account.created', data: { id: account.body.id, name: 'Hooked' } });
    expect(receiver.requests.every((request) => request.verified)).toBe(true);
    expect(await workspace.deliveries()).toHaveLength(1);
  });

  test('inject() answers in-process like the socket does', async () => {
    const workspace = await server.createWorkspace();
    const answer = await server.inject({ method: 'GET', url: `${API_PATH_PREFIX}/webhooks?payload_type=json`, headers: { 'x-api-key': workspace.fullKey } });
    expect(answer).toMatchObject({ status: 200, body: '[]' });
  });

  test('admin() throws with the status and body on a failure', async () => {
    await expect(server.admin('POST', '/keys', {})).rejects.toThrow(/422/);
  });
});
