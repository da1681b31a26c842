/**
 * The Reeve Trigger's lifecycle through n8n-core's hook and webhook contexts, against the Reeve reference server,
 * with deliveries caught by a recording receiver standing where n8n's webhook server would be: the fake provider
 * sends a signed event, Reeve delivers it signed (Standard Webhooks), and the trigger verifies it.
 */
import { createReeveClient, type Subscription } from '@reeve/client';
import type { IDataObject } from 'n8n-workflow';
// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports -- Test code, never shipped: Standard Webhooks' own signer.
import { Webhook } from 'standardwebhooks';
import { activate, checkExists, deactivate, deliver, shutdownEngine, triggerWorkflow, type TriggerHarness } from '../support/engine';
import { reeveAdminOf, startReferenceServer, startWebhookReceiver, type ReceivedRequest, type ReeveAdminApi, type ReferenceServerHandle } from '../support/reference-server';

let server: ReferenceServerHandle;
let admin: ReeveAdminApi;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
let receiverBase: string;
beforeAll(async () => {
	server = await startReferenceServer();
	admin = reeveAdminOf(server);
	receiver = await startWebhookReceiver();
	receiverBase = receiver.url.replace(/\/webhook$/, '');
});
afterAll(async () => {
	await receiver.close();
	await server.close();
	await shutdownEngine();
});

const STRIPE_KEY = `sk_live_${'x'.repeat(24)}abcd`;
const PAYMENTS = { events: ['stripe.payment.succeeded'], providers: ['stripe'] };

async function setup() {
	const user = await admin.user();
	const client = createReeveClient({ sessionToken: user.token, baseUrl: server.baseUrl });
	// Each test gets its own node webhookId, so its URLs are its own on the shared receiver.
	const webhookId = crypto.randomUUID();
	return {
		user,
		client,
		subscriptions: async (): Promise<Subscription[]> => (await client.webhooks.list()).webhooks,
		harness: (parameters: IDataObject = PAYMENTS): TriggerHarness =>
			triggerWorkflow({ credentials: { sessionToken: user.token, baseUrl: server.baseUrl }, webhookBaseUrl: receiverBase, parameters, webhookId }),
		/** The next delivery of an event of this type to this test's node. */
		delivered: async (type: string): Promise<ReceivedRequest> =>
			await receiver.waitForRequest((request) => request.path.includes(webhookId) && (JSON.parse(request.body) as { type?: string }).type === type),
	};
}

describe('Reeve Trigger lifecycle against the reference server', () => {
	it('subscribes once with its events and providers, reuses the subscription on re-activation, and unsubscribes on deactivation', async () => {
		const { subscriptions, harness } = await setup();
		const workflow = harness();
		expect(await activate(workflow)).toBe('created');
		const [subscription] = await subscriptions();
		expect(subscription).toMatchObject({ ...PAYMENTS, status: 'active', url: expect.stringMatching(/\/webhook\/[0-9a-f-]+\/webhook$/) });

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
		const paths = async () => (await subscriptions()).map((subscription) => new URL(subscription.url).pathname.split('/')[1]).sort();
		expect(await paths()).toEqual(['webhook', 'webhook-test']);

		await deactivate(workflow, true);
		expect(await checkExists(workflow)).toBe(true);
		expect(await paths()).toEqual(['webhook']);
		await deactivate(workflow);
		expect(await subscriptions()).toEqual([]);
	});

	it('checks without changing anything, and replaces (never duplicates) a subscription of its URL it cannot verify', async () => {
		const { subscriptions, harness } = await setup();
		const original = harness();
		await activate(original);
		const [orphan] = await subscriptions();

		// The same node with its static data lost (e.g. a workflow re-imported): its URL is the same, the secret gone.
		const restored = harness();
		expect(await checkExists(restored)).toBe(false);
		expect(await subscriptions()).toEqual([orphan]);

		expect(await activate(restored)).toBe('created');
		const after = await subscriptions();
		expect(after).toHaveLength(1);
		expect(after[0]?.id).not.toBe(orphan?.id);

		// Deactivating a node that lost its static data still removes the subscription of its URL.
		expect(await deactivate(harness())).toBe(true);
		expect(await subscriptions()).toEqual([]);
	});

	it('adopts its subscription only while the providers match: a changed provider filter subscribes anew', async () => {
		const { subscriptions, harness } = await setup();
		const workflow = harness();
		await activate(workflow);
		workflow.node.parameters.providers = ['stripe', 'shopify'];
		workflow.node.parameters.events = ['stripe.payment.succeeded', 'shopify.order.created'];
		expect(await checkExists(workflow)).toBe(false);
		expect(await activate(workflow)).toBe('created');
		expect(await subscriptions()).toEqual([expect.objectContaining({ events: ['stripe.payment.succeeded', 'shopify.order.created'], providers: ['stripe', 'shopify'] })]);

		workflow.node.parameters.providers = [];
		expect(await activate(workflow)).toBe('created');
		expect(await subscriptions()).toEqual([expect.objectContaining({ providers: [] })]);
		expect(await activate(workflow)).toBe('reused');
	});

	it('treats a subscription already deleted in Reeve (404) as deleted', async () => {
		const { client, subscriptions, harness } = await setup();
		const workflow = harness();
		await activate(workflow);
		const [subscription] = await subscriptions();
		await client.webhooks.delete({ id: subscription!.id });

		expect(await deactivate(workflow)).toBe(true);
		expect(workflow.staticData()).toEqual({ subscriptions: {} });
	});
});

describe('Reeve Trigger deliveries', () => {
	it('runs on an event the fake provider sends, and answers a forged, unsigned or stale delivery with 401 and no run', async () => {
		const { user, client, harness, delivered } = await setup();
		await client.connections.connectWithApiKey({ provider: 'stripe', api_key: STRIPE_KEY });
		const workflow = harness();
		await activate(workflow);
		await admin.providerEvent('stripe', { user_id: user.id, type: 'payment_intent.succeeded' });
		const delivery = await delivered('stripe.payment.succeeded');

		const genuine = await deliver(workflow, delivery);
		expect(genuine.response.status).toBeUndefined();
		const [[item] = []] = genuine.result.workflowData ?? [];
		expect(item?.json).toMatchObject({ id: delivery.headers['webhook-id'], type: 'stripe.payment.succeeded', provider: 'stripe', brand_id: user.defaultBrandId });

		const forged = await deliver(workflow, { headers: delivery.headers, body: delivery.body.replace('"stripe"', '"strlpe"') });
		expect(forged.response).toEqual({ status: 401, body: { error: 'invalid_signature', message: expect.stringMatching(/signature/i) } });
		expect(forged.result).toEqual({ noWebhookResponse: true });

		const unsigned = await deliver(workflow, { headers: { 'content-type': 'application/json' }, body: delivery.body });
		expect(unsigned.response.status).toBe(401);
		expect(unsigned.result.workflowData).toBeUndefined();

		// Signed with the subscription's own secret, by Standard Webhooks' library, but 10 minutes ago: a replay.
		const { secret } = Object.values(workflow.staticData().subscriptions as Record<string, { secret: string }>)[0]!;
		const id = 'msg_replayed';
		const tenMinutesAgo = new Date(Date.now() - 10 * 60 * 1000);
		const stale = { 'webhook-id': id, 'webhook-timestamp': String(Math.floor(tenMinutesAgo.getTime() / 1000)), 'webhook-signature': new Webhook(secret).sign(id, tenMinutesAgo, delivery.body) };
		const replayed = await deliver(workflow, { headers: { 'content-type': 'application/json', ...stale }, body: delivery.body });
		expect(replayed.response).toEqual({ status: 401, body: { error: 'invalid_signature', message: expect.stringMatching(/signed more than 300 seconds ago/) } });
		expect(replayed.result.workflowData).toBeUndefined();
	});

	it('runs on connection lifecycle events, and answers events it was not set to with 200 and no run', async () => {
		const { client, harness, delivered } = await setup();
		const workflow = harness({ events: ['connection.disconnected'], providers: [] });
		await activate(workflow);
		await client.connections.connectWithApiKey({ provider: 'stripe', api_key: STRIPE_KEY });
		await client.connections.disconnect({ provider: 'stripe' });
		const delivery = await delivered('connection.disconnected');
		const ran = await deliver(workflow, delivery);
		expect(ran.result.workflowData?.[0]?.[0]?.json).toMatchObject({ type: 'connection.disconnected', provider: 'stripe', data: { provider: 'stripe', status: 'disconnected' } });

		// The node's events changed after Reeve signed the delivery: a genuine delivery it no longer wants.
		workflow.node.parameters.events = ['connection.expired'];
		const ignored = await deliver(workflow, delivery);
		expect(ignored.result).toEqual({ webhookResponse: { received: true, ignored: true } });
	});
});
