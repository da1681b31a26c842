/**
 * The trigger's webhook lifecycle. Subscriptions are kept in the node's static data keyed by their URL, so the test
 * URL (/webhook-test/…) and the production URL (/webhook/…) each have their own subscription and secret and never
 * overwrite each other. A subscription is "ours" when its URL is this node's webhook URL.
 */
import type { IDataObject, IHookFunctions, INode } from 'n8n-workflow';
import { ReevoNotFoundError, type EventType, type ReevoClient, type WebhookSubscription } from '@integration-pack/core/reevo';
import { reevoClient } from '../Reevo/transport/client';
import { toNodeError } from '../Reevo/transport/errors';

export interface StoredSubscription {
	id: string;
	/** The signing secret, shown by Reevo only when the subscription is created. */
	secret: string;
}

type SubscriptionStore = Record<string, StoredSubscription>;

export function storedSubscriptions(staticData: IDataObject): SubscriptionStore {
	return (staticData.subscriptions ??= {}) as SubscriptionStore;
}

function target(context: IHookFunctions): { url: string; events: EventType[] } {
	const url = context.getNodeWebhookUrl('default') as string;
	const events = context.getNodeParameter('events', []) as EventType[];
	return { url, events };
}

function sameEvents(a: readonly string[], b: readonly string[]): boolean {
	return a.length === b.length && [...a].sort().join() === [...b].sort().join();
}

/**
 * Read-only: true when Reevo holds an active subscription with this URL and these events whose secret we hold
 * (so deliveries can be verified). One we cannot verify is not adopted: `create` replaces it.
 */
export async function checkExists(this: IHookFunctions): Promise<boolean> {
	const { url, events } = target(this);
	const stored = storedSubscriptions(this.getWorkflowStaticData('node'))[url];
	if (!stored) return false;
	try {
		const client = await reevoClient(this);
		const subscriptions = await client.webhooks.list();
		return subscriptions.some(
			(subscription) =>
				subscription.id === stored.id &&
				subscription.url === url &&
				subscription.status === 'active' &&
				sameEvents(subscription.events, events),
		);
	} catch (error) {
		throw toNodeError(this.getNode(), error);
	}
}

/** Subscribes this URL, after removing earlier subscriptions of the same URL (ours, but unverifiable or stale). */
export async function create(this: IHookFunctions): Promise<boolean> {
	const { url, events } = target(this);
	const store = storedSubscriptions(this.getWorkflowStaticData('node'));
	try {
		const client = await reevoClient(this);
		const stale = (await client.webhooks.list()).filter((subscription: WebhookSubscription) => subscription.url === url);
		for (const subscription of stale) await deleteTolerating404(this.getNode(), client, subscription.id);
		const created = await client.webhooks.create({
			url,
			events,
			description: `n8n workflow "${this.getWorkflow().name ?? this.getWorkflow().id}", node "${this.getNode().name}"`,
		});
		store[url] = { id: created.id, secret: created.secret };
		return true;
	} catch (error) {
		throw toNodeError(this.getNode(), error);
	}
}

/**
 * Unsubscribes this URL's subscription (one already gone, 404, counts as deleted), and any other subscription of
 * this URL, so a node whose static data was lost leaves nothing behind either.
 */
export async function remove(this: IHookFunctions): Promise<boolean> {
	const { url } = target(this);
	const store = storedSubscriptions(this.getWorkflowStaticData('node'));
	try {
		const client = await reevoClient(this);
		const stored = store[url];
		if (stored) await deleteTolerating404(this.getNode(), client, stored.id);
		const leftovers = (await client.webhooks.list()).filter((subscription: WebhookSubscription) => subscription.url === url);
		for (const subscription of leftovers) await deleteTolerating404(this.getNode(), client, subscription.id);
	} catch (error) {
		throw toNodeError(this.getNode(), error);
	}
	delete store[url];
	return true;
}

async function deleteTolerating404(node: INode, client: ReevoClient, id: string): Promise<void> {
	try {
		await client.webhooks.delete({ webhook_id: id });
	} catch (error) {
		// Someone (or Reevo, after failed deliveries) removed it already: the goal is met.
		if (error instanceof ReevoNotFoundError) return;
		throw toNodeError(node, error);
	}
}
