/**
 * The Reevo Trigger in a real n8n 2.8.4: publishing subscribes exactly once, a signed delivery runs the workflow,
 * a forged one is refused, deactivating through n8n's REST API unsubscribes; and n8n's own credential test.
 */
import { createReevoClient } from '@reevo/client';
import { N8n } from '../support/n8n';
import { readWorkflow, reevoCredentials, workflowFile, WORKFLOWS } from '../support/n8n-fixtures';
import { TriggerWorkflow } from '../support/n8n-trigger';
import { waitFor } from '../support/processes';
import { startDemoReevo, type DemoReevo } from '../support/reference';

let reevo: DemoReevo;
let n8n: N8n;
const trigger = new TriggerWorkflow(() => n8n, readWorkflow(WORKFLOWS.accountTrigger), 'CUSTOM.reevoTrigger');

beforeAll(async () => {
  reevo = await startDemoReevo();
  n8n = await N8n.create();
  await n8n.importCredentials(reevoCredentials(reevo.server.baseUrl, { full: reevo.workspace.fullKey }));
  await n8n.importWorkflow(workflowFile(WORKFLOWS.accountTrigger));
  await n8n.publish(trigger.workflow.id);
  await n8n.start();
  await n8n.setupOwner();
});

afterAll(async () => {
  await n8n?.dispose();
  await reevo?.server.close();
});

describe('the Reevo Trigger and credential in a real n8n (n8n start)', () => {
  it(
    'subscribes exactly once when the published workflow activates',
    trigger.logged(async () => {
      const subscriptions = await waitFor('n8n to subscribe its Reevo Trigger', async () => {
        const list = await reevo.client.webhooks.list();
        return list.length > 0 ? list : undefined;
      }, { timeoutMs: 60_000 });
      expect(subscriptions).toEqual([expect.objectContaining({ url: trigger.hookUrl(), events: ['account.created'], status: 'active' })]);
    }),
  );

  it(
    'runs the workflow on a signed delivery',
    trigger.logged(async () => {
      const account = await reevo.client.accounts.create({ name: 'Umbrella' });
      const [delivery] = await reevo.workspace.settleWebhooks(30_000);
      expect(delivery).toMatchObject({ url: trigger.hookUrl(), state: 'delivered', eventType: 'account.created' });
      const eventId = (delivery!.payload as { id: string }).id;

      // The workflow's second node writes the event id back into the account.
      const marked = await waitFor('the workflow to mark the account', async () => {
        const current = await reevo.client.accounts.get({ account_id: account.id });
        return current.name === account.name ? undefined : current;
      }, { timeoutMs: 30_000 });
      expect(marked.name).toBe(`Umbrella (seen by n8n: ${eventId})`);
      expect(await trigger.executionsOnceOneSucceeded()).toEqual([expect.objectContaining({ mode: 'webhook', status: 'success' })]);
    }),
  );

  it(
    'refuses a delivery with a forged signature',
    trigger.logged(async () => {
      const before = (await trigger.executions()).length;
      const response = await trigger.sendForged({ id: 'evt_forged', type: 'account.created', created_at: new Date().toISOString(), data: {} });
      expect(response.status).toBe(401);
      expect((await trigger.executions()).length).toBe(before);
    }),
  );

  it(
    "passes n8n's credential test with any valid key on a workspace without subscriptions, and fails it, saying why, for a bad key or a base URL that is not Reevo",
    trigger.logged(async () => {
      const test = async (apiKey: string, baseUrl = reevo.server.baseUrl) => await n8n.testCredential({ name: 'Reevo', type: 'reevoApi', data: { apiKey, baseUrl } });
      // A new workspace, as every newcomer's is: no webhook subscription (the published trigger's is in another).
      const fresh = await reevo.server.createWorkspace({ seed: 'demo', name: 'E2E fresh' });
      const freshClient = createReevoClient({ apiKey: fresh.fullKey, baseUrl: reevo.server.baseUrl });
      expect(await freshClient.webhooks.list()).toEqual([]);
      await expect(test(fresh.fullKey)).resolves.toMatchObject({ status: 'OK' });
      await expect(test(await fresh.key([]))).resolves.toMatchObject({ status: 'OK' });
      await expect(test(reevo.workspace.fullKey)).resolves.toMatchObject({ status: 'OK' });

      await expect(test('rv_not_a_real_key')).resolves.toEqual({ status: 'Error', message: expect.stringContaining('did not accept this API key') });
      // The n8n editor's own URL: it answers, but not as Reevo does.
      await expect(test(fresh.fullKey, n8n.baseUrl)).resolves.toEqual({ status: 'Error', message: expect.stringContaining('does not point at the Reevo API') });
    }),
  );

  it(
    "unsubscribes when deactivated through n8n's REST API",
    trigger.logged(async () => {
      expect((await trigger.deactivate()).active).toBe(false);
      await waitFor('the Reevo subscription to be deleted', async () => ((await reevo.client.webhooks.list()).length === 0 ? true : undefined), { timeoutMs: 30_000 });
    }),
  );
});
