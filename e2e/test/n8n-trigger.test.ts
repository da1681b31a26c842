/**
 * The Reevo Trigger in a real n8n 2.8.4: publishing subscribes exactly once, a signed delivery runs the workflow,
 * a forged one is refused, deactivating through n8n's REST API unsubscribes; and n8n's own credential test.
 */
import { createReevoClient } from '@reevo/client';
import { N8n } from '../support/n8n';
import { readWorkflow, reevoCredentials, workflowFile, WORKFLOWS } from '../support/n8n-fixtures';
import { waitFor } from '../support/processes';
import { startDemoReevo, withLogs, type DemoReevo } from '../support/reference';

let reevo: DemoReevo;
let n8n: N8n;
const workflow = readWorkflow(WORKFLOWS.accountTrigger);
const webhookId = workflow.nodes.find((node) => node.type === 'CUSTOM.reevoTrigger')!.webhookId!;
const logged = (test: () => Promise<void>) => withLogs('n8n', () => n8n.logs(), test);

interface ExecutionSummary {
  id: string;
  mode: string;
  status: string;
}

async function executions(): Promise<ExecutionSummary[]> {
  const filter = encodeURIComponent(JSON.stringify({ workflowId: workflow.id }));
  return (await n8n.rest<{ results: ExecutionSummary[] }>('GET', `/executions?filter=${filter}`)).results;
}

beforeAll(async () => {
  reevo = await startDemoReevo();
  n8n = await N8n.create();
  await n8n.importCredentials(reevoCredentials(reevo.server.baseUrl, { full: reevo.workspace.fullKey }));
  await n8n.importWorkflow(workflowFile(WORKFLOWS.accountTrigger));
  await n8n.publish(workflow.id);
  await n8n.start();
  await n8n.setupOwner();
});

afterAll(async () => {
  await n8n?.dispose();
  await reevo?.server.close();
});

describe('the Reevo Trigger and credential in a real n8n (n8n start)', () => {
  const hookUrl = () => `${n8n.baseUrl}/webhook/${webhookId}/webhook`;

  it(
    'subscribes exactly once when the published workflow activates',
    logged(async () => {
      const subscriptions = await waitFor('n8n to subscribe its Reevo Trigger', async () => {
        const list = await reevo.client.webhooks.list();
        return list.length > 0 ? list : undefined;
      }, { timeoutMs: 60_000 });
      expect(subscriptions).toEqual([expect.objectContaining({ url: hookUrl(), events: ['account.created'], status: 'active' })]);
    }),
  );

  it(
    'runs the workflow on a signed delivery',
    logged(async () => {
      const account = await reevo.client.accounts.create({ name: 'Umbrella' });
      const [delivery] = await reevo.workspace.settleWebhooks(30_000);
      expect(delivery).toMatchObject({ url: hookUrl(), state: 'delivered', eventType: 'account.created' });
      const eventId = (delivery!.payload as { id: string }).id;

      // The workflow's second node writes the event id back into the account.
      const marked = await waitFor('the workflow to mark the account', async () => {
        const current = await reevo.client.accounts.get({ account_id: account.id });
        return current.name === account.name ? undefined : current;
      }, { timeoutMs: 30_000 });
      expect(marked.name).toBe(`Umbrella (seen by n8n: ${eventId})`);
      const runs = await waitFor('n8n to record the execution', async () => {
        const list = await executions();
        return list.some((run) => run.status === 'success') ? list : undefined;
      }, { timeoutMs: 30_000 });
      expect(runs).toEqual([expect.objectContaining({ mode: 'webhook', status: 'success' })]);
    }),
  );

  it(
    'refuses a delivery with a forged signature',
    logged(async () => {
      const before = (await executions()).length;
      const response = await fetch(hookUrl(), {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'webhook-id': 'msg_forged',
          'webhook-timestamp': String(Math.floor(Date.now() / 1000)),
          'webhook-signature': 'v1,Zm9yZ2VkIHNpZ25hdHVyZQ==',
        },
        body: JSON.stringify({ id: 'evt_forged', type: 'account.created', created_at: new Date().toISOString(), data: {} }),
      });
      expect(response.status).toBe(401);
      expect((await executions()).length).toBe(before);
    }),
  );

  it(
    "passes n8n's credential test with any valid key on a workspace without subscriptions, and fails it, saying why, for a bad key or a base URL that is not Reevo",
    logged(async () => {
      const test = async (apiKey: string, baseUrl = reevo.server.baseUrl) =>
        await n8n.rest<{ status: string; message: string }>('POST', '/credentials/test', {
          credentials: { name: 'Reevo', type: 'reevoApi', data: { apiKey, baseUrl } },
        });
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
    logged(async () => {
      const deactivated = await n8n.rest<{ active: boolean }>('POST', `/workflows/${workflow.id}/deactivate`, {});
      expect(deactivated.active).toBe(false);
      await waitFor('the Reevo subscription to be deleted', async () => ((await reevo.client.webhooks.list()).length === 0 ? true : undefined), { timeoutMs: 30_000 });
    }),
  );
});
