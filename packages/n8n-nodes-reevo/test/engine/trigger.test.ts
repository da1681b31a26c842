/**
 * The Reevo Trigger's lifecycle through n8n-core's hook and webhook contexts, against the reference server, with
 * deliveries caught by a recording receiver standing where n8n's webhook server would be.
 */
import { createReevoClient, EXAMPLE, type WebhookSubscription } from '@reevo/client';
import type { IDataObject } from 'n8n-workflow';
import { shutdownEngine } from '../support/engine';
import { startReferenceServer, startWebhookReceiver, type ReferenceServerHandle, type TestWorkspace } from '../support/reference-server';
import { activate, checkExists, deactivate, deliver, triggerWorkflow, type TriggerHarness } from '../support/trigger';

let server: ReferenceServerHandle;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
let receiverBase: string;
beforeAll(async () => {
	server = await startReferenceServer();
	receiver = await startWebhookReceiver();
	receiverBase = receiver.url.replace(/\/webhook$/, '');
});
afterAll(async () => {
	await receiver.close();
	await server.close();
	await shutdownEngine();
});

interface Setup {
	workspace: TestWorkspace;
	subscriptions: () => Promise<WebhookSubscription[]>;
	harness: (parameters?: IDataObject) => TriggerHarness;
	client: ReturnType<typeof createReevoClient>;
}

async function setup(): Promise<Setup> {
	const workspace = await server.createWorkspace({ seed: 'demo' });
	const client = createReevoClient({ apiKey: workspace.fullKey, baseUrl: server.baseUrl });
	// Each test gets its own node webhookId, so its URLs are its own on the shared receiver.
	const webhookId = crypto.randomUUID();
	return {
		workspace,
		client,
		subscriptions: async () => await client.webhooks.list(),
		harness: (parameters = { events: ['contact.created'] }) =>
			triggerWorkflow({ credentials: { apiKey: workspace.fullKey, baseUrl: server.baseUrl }, webhookBaseUrl: receiverBase, parameters, webhookId }),
	};
}

describe('Reevo Trigger lifecycle against the reference server', () => {
	it('subscribes once, reuses the subscription on re-activation, and unsubscribes on deactivation', async () => {
		const { subscriptions, harness } = await setup();
		const workflow = harness();
		expect(await activate(workflow)).toBe('created');
		const [subscription] = await subscriptions();
		expect(subscription).toMatchObject({ events: ['contact.created'], status: 'active' });
		expect(subscription?.url).toMatch(/\/webhook\/[0-9a-f-]+\/webhook$/);

		expect(await activate(workflow)).toBe('reused');
		expect(await subscriptions()).toHaveLength(1);

		expect(await deactivate(workflow)).toBe(true);
		expect(await subscriptions()).toEqual([]);
	});

	it('keeps test and production subscriptions apart', async () => {
		const { subscriptions, harness } = await setup();
		const workflow = harness();
		await activate(workflow);
		await activate(workflow, true);
		const urls = (await subscriptions()).map((subscription) => new URL(subscription.url).pathname.split('/')[1]).sort();
		expect(urls).toEqual(['webhook', 'webhook-test']);

		await deactivate(workflow, true);
		expect(await checkExists(workflow)).toBe(true);
		expect((await subscriptions()).map((subscription) => new URL(subscription.url).pathname.split('/')[1])).toEqual(['webhook']);
		await deactivate(workflow);
		expect(await subscriptions()).toEqual([]);
	});

	it('checks without changing anything, and replaces (never duplicates) a subscription of its URL it cannot verify', async () => {
		const { workspace, subscriptions, harness } = await setup();
		const original = harness();
		await activate(original);
		const orphan = (await subscriptions())[0];
		const before = (await workspace.journal()).length;

		expect(await checkExists(original)).toBe(true);
		// The same node with its static data lost (e.g. a workflow re-imported): its URL is the same, the secret gone.
		const restored = harness();
		expect(await checkExists(restored)).toBe(false);
		const checks = (await workspace.journal()).slice(before);
		expect(checks.map((entry) => `${entry.method} ${entry.operationId}`)).toEqual(['GET listWebhooks']);

		expect(await activate(restored)).toBe('created');
		const after = await subscriptions();
		expect(after).toHaveLength(1);
		expect(after[0]?.id).not.toBe(orphan?.id);

		// Deactivating a node that lost its static data still removes the subscription of its URL.
		expect(await deactivate(harness())).toBe(true);
		expect(await subscriptions()).toEqual([]);
	});

	it('treats a subscription already deleted in Reevo (404) as deleted', async () => {
		const { client, subscriptions, harness } = await setup();
		const workflow = harness();
		await activate(workflow);
		const [subscription] = await subscriptions();
		await client.webhooks.delete({ webhook_id: subscription!.id });

		expect(await deactivate(workflow)).toBe(true);
		expect(workflow.staticData()).toEqual({ subscriptions: {} });
	});

	it('runs on a real signed delivery with the event and its id, and answers a forged one with 401 and no run', async () => {
		const { client, workspace, harness } = await setup();
		const workflow = harness();
		await activate(workflow);
		const upserted = await client.accountContact.upsert({ email: 'selina@wayne.example', first_name: 'Selina' });
		await workspace.settleWebhooks();
		const delivery = await receiver.waitForRequest((request) => request.event?.type === 'contact.created' && JSON.parse(request.body).data.email === 'selina@wayne.example');

		const genuine = await deliver(workflow, delivery);
		expect(genuine.response.status).toBeUndefined();
		const [[item] = []] = genuine.result.workflowData ?? [];
		expect(item?.json).toMatchObject({ id: delivery.headers['webhook-id'], type: 'contact.created', data: { id: upserted.contact.id } });

		const forged = await deliver(workflow, { headers: delivery.headers, body: delivery.body.replace('Selina', 'Mallory') });
		expect(forged.response.status).toBe(401);
		expect(forged.result).toEqual({ noWebhookResponse: true });

		const unsigned = await deliver(workflow, { headers: { 'content-type': 'application/json' }, body: delivery.body });
		expect(unsigned.response.status).toBe(401);
		expect(unsigned.result.workflowData).toBeUndefined();
	});

	it('skips stage changes into stages the node does not watch', async () => {
		const { client, workspace, harness } = await setup();
		const workflow = harness({ events: ['opportunity.stage_changed'], stages: ['Negotiation'] });
		await activate(workflow);
		const [opportunity] = await client.opportunities.search({ owner_email: EXAMPLE.ownerEmail, stage_name: 'Discovery' }).then(async (found) =>
			found.length ? found : [await client.opportunities.create({ display_name: 'Stage test', account_id: EXAMPLE.accountId })],
		);
		await client.opportunities.shiftStage({ opportunity_id: opportunity!.id, target_stage_name: 'Qualified' });
		await client.opportunities.shiftStage({ opportunity_id: opportunity!.id, target_stage_name: 'Negotiation' });
		await workspace.settleWebhooks();
		const changes = receiver.requests.filter((request) => request.event?.type === 'opportunity.stage_changed' && JSON.parse(request.body).data.id === opportunity!.id);
		expect(changes).toHaveLength(2);

		const results = await Promise.all(changes.map(async (change) => await deliver(workflow, change)));
		const ran = results.filter((call) => call.result.workflowData).map((call) => call.result.workflowData?.[0]?.[0]?.json.data);
		expect(ran).toEqual([expect.objectContaining({ stage_name: 'Negotiation' })]);
	});
});
