/**
 * The Reeve package in a real n8n 2.8.4, against the Reeve reference server (issue 16's proof on the real platform):
 * `n8n execute` runs the authorization-URL step, an API-key connect and a list; then, with `n8n start`, the published
 * Reeve Trigger subscribes, runs on an event the fake Stripe sends, refuses a forged delivery, passes and fails n8n's
 * credential test with our words, and unsubscribes when deactivated.
 */
import { createReeveClient, type ReeveClient } from '@reeve/client';
import { startReferenceServer, type ReferenceServerHandle } from '@reevo/reference-server/testing';
import { N8n, outputOf } from '../support/n8n';
import { readWorkflow, reeveCredentials, REEVE_WORKFLOWS, workflowFile } from '../support/n8n-fixtures';
import { TriggerWorkflow } from '../support/n8n-trigger';
import { waitFor } from '../support/processes';

interface ReeveUser {
  id: string;
  token: string;
}

let server: ReferenceServerHandle;
let user: ReeveUser;
let client: ReeveClient;
let n8n: N8n;
const trigger = new TriggerWorkflow(() => n8n, readWorkflow(REEVE_WORKFLOWS.paymentTrigger), 'CUSTOM.reeveTrigger');

async function newUser(name: string): Promise<ReeveUser> {
  const created = await server.admin<{ id: string }>('POST', '/reeve/users', { email: `${name}@e2e.example`, name });
  const { token } = await server.admin<{ token: string }>('POST', '/reeve/sessions', { user_id: created.id });
  return { id: created.id, token };
}

beforeAll(async () => {
  // Real-time retries: n8n is a separate process, so deliveries must not race ahead of it.
  server = await startReferenceServer({ timeScale: 0.01 });
  user = await newUser('e2e-reeve');
  client = createReeveClient({ sessionToken: user.token, baseUrl: server.baseUrl });
  n8n = await N8n.create();
  await n8n.importCredentials(reeveCredentials(server.baseUrl, user.token));
  for (const name of Object.values(REEVE_WORKFLOWS)) await n8n.importWorkflow(workflowFile(name));
});

afterAll(async () => {
  await n8n?.dispose();
  await server?.close();
});

describe('the Reeve node in a real n8n (n8n execute)', () => {
  it('gets an authorization URL, connects Stripe with a key, and lists the connection', async () => {
    const result = await n8n.execute(readWorkflow(REEVE_WORKFLOWS.connect).id);
    const [authorization] = outputOf(result, 'Authorization URL') as Array<{ auth_url: string }>;
    const [connected] = outputOf(result, 'Connect Stripe');
    const listed = outputOf(result, 'List Connections');
    expect(result.code).toBe(0);
    expect(new URL(authorization!.auth_url).pathname).toMatch(/^\/__providers\/github\//);
    expect(new URL(authorization!.auth_url).searchParams.get('redirect_uri')).toBe('http://127.0.0.1:9/reeve-callback');
    expect(connected).toEqual({ connected: true, provider: 'stripe', account_name: expect.any(String) });
    expect(listed).toEqual([expect.objectContaining({ provider: 'stripe', status: 'connected', type: 'api_key' })]);
    expect((await client.connections.list()).connections).toEqual([expect.objectContaining({ provider: 'stripe', status: 'connected' })]);
  });
});

describe('the Reeve Trigger and credential in a real n8n (n8n start)', () => {
  beforeAll(async () => {
    await n8n.publish(trigger.workflow.id);
    await n8n.start();
    await n8n.setupOwner();
  });

  it(
    'subscribes exactly once, with its events and providers, when the published workflow activates',
    trigger.logged(async () => {
      const subscriptions = await waitFor('n8n to subscribe its Reeve Trigger', async () => {
        const { webhooks } = await client.webhooks.list();
        return webhooks.length > 0 ? webhooks : undefined;
      }, { timeoutMs: 60_000 });
      expect(subscriptions).toEqual([expect.objectContaining({ url: trigger.hookUrl(), events: ['stripe.payment.succeeded'], providers: ['stripe'], status: 'active' })]);
    }),
  );

  it(
    'runs the workflow on an event the fake Stripe sends, delivered signed by Reeve',
    trigger.logged(async () => {
      const sent = await server.admin<{ status: number }>('POST', '/reeve/providers/stripe/events', { user_id: user.id, type: 'payment_intent.succeeded' });
      expect(sent.status).toBe(200);
      expect(await trigger.executionsOnceOneSucceeded()).toEqual([expect.objectContaining({ mode: 'webhook', status: 'success' })]);
    }),
  );

  it(
    'refuses a delivery with a forged signature',
    trigger.logged(async () => {
      const before = (await trigger.executions()).length;
      const response = await trigger.sendForged({
        id: 'evt_forged',
        type: 'stripe.payment.succeeded',
        provider: 'stripe',
        brand_id: 'brand_x',
        connection_account: null,
        received_at: new Date().toISOString(),
        data: {},
      });
      expect(response.status).toBe(401);
      expect((await trigger.executions()).length).toBe(before);
    }),
  );

  it(
    "passes n8n's credential test with a working session, and fails it, saying why, for a revoked one or a base URL that is not Reeve",
    trigger.logged(async () => {
      const test = async (sessionToken: string, baseUrl = server.baseUrl) =>
        await n8n.testCredential({ name: 'Reeve', type: 'reeveApi', data: { sessionToken, baseUrl, brandId: '' } });
      const fresh = await newUser('e2e-reeve-fresh');
      await expect(test(fresh.token)).resolves.toMatchObject({ status: 'OK' });
      await server.admin('POST', `/reeve/sessions/${encodeURIComponent(fresh.token)}/revoke`);
      await expect(test(fresh.token)).resolves.toEqual({ status: 'Error', message: expect.stringContaining('did not accept this session token') });
      // The n8n editor's own URL: it answers, but not as Reeve does.
      await expect(test(user.token, n8n.baseUrl)).resolves.toEqual({ status: 'Error', message: expect.stringContaining('does not point at the Reeve API') });
    }),
  );

  it(
    "unsubscribes when deactivated through n8n's REST API",
    trigger.logged(async () => {
      expect((await trigger.deactivate()).active).toBe(false);
      await waitFor('the Reeve subscription to be deleted', async () => ((await client.webhooks.list()).webhooks.length === 0 ? true : undefined), { timeoutMs: 30_000 });
    }),
  );
});
