/**
 * The trigger's webhook lifecycle. Subscriptions are kept in the node's static data keyed by their URL, so the test
 * URL (/webhook-test/…) and the production URL (/webhook/…) each have their own subscription and secret and never
 * overwrite each other. A subscription is "ours" when its URL is this node's webhook URL.
 */
import type { IDataObject, IHookFunctions, INode } from 'n8n-workflow';
import type { ClientBase } from '@integration-pack/core/machine';
import type { N8nProduct } from '../product';
import { clientFor } from '../transport/client';
import { toNodeError } from '../transport/errors';
import type { SubscriptionFilters, SubscriptionOperations } from './webhooks';

export interface StoredSubscription {
	id: string;
	/** The signing secret, shown by the API only when the subscription is created. */
	secret: string;
}

type SubscriptionStore = Record<string, StoredSubscription>;

export function storedSubscriptions(staticData: IDataObject): SubscriptionStore {
	return (staticData.subscriptions ??= {}) as SubscriptionStore;
}

interface Target {
	url: string;
	events: string[];
	filters: SubscriptionFilters;
}

function sameSet(a: readonly string[] = [], b: readonly string[] = []): boolean {
	return a.length === b.length && [...a].sort().join() === [...b].sort().join();
}

/** Every filter named on either side holds the same values (a filter absent on one side is an empty set). */
function sameFilters(a: SubscriptionFilters = {}, b: SubscriptionFilters = {}): boolean {
	return [...new Set([...Object.keys(a), ...Object.keys(b)])].every((name) => sameSet(a[name], b[name]));
}

/** The lifecycle over one product's subscription operations. */
export function subscriptionLifecycle(product: N8nProduct, operations: SubscriptionOperations) {
	const listed = async (client: ClientBase) => operations.listed(await client.call(operations.list, {}));

	function target(context: IHookFunctions): Target {
		const url = context.getNodeWebhookUrl('default') as string;
		const events = context.getNodeParameter('events', []) as string[];
		return { url, events, filters: operations.filtersOf?.(context) ?? {} };
	}

	async function deleteTolerating404(node: INode, client: ClientBase, id: string): Promise<void> {
		try {
			await client.call(operations.delete, operations.deleteInput(id));
		} catch (error) {
			// Someone (or the API, after failed deliveries) removed it already: the goal is met.
			if (product.readErrors(error)?.kind === 'not-found') return;
			throw toNodeError(product, node, error);
		}
	}

	/**
	 * Read-only: true when the API holds an active subscription with this URL, these events and these filters whose
	 * secret we hold (so deliveries can be verified). One we cannot verify is not adopted: `create` replaces it.
	 */
	async function checkExists(this: IHookFunctions): Promise<boolean> {
		const { url, events, filters } = target(this);
		const stored = storedSubscriptions(this.getWorkflowStaticData('node'))[url];
		if (!stored) return false;
		try {
			const subscriptions = await listed(await clientFor(product, this));
			return subscriptions.some(
				(subscription) =>
					subscription.id === stored.id &&
					subscription.url === url &&
					subscription.active &&
					sameSet(subscription.events, events) &&
					sameFilters(subscription.filters, filters),
			);
		} catch (error) {
			throw toNodeError(product, this.getNode(), error);
		}
	}

	/** Subscribes this URL, after removing earlier subscriptions of the same URL (ours, but unverifiable or stale). */
	async function create(this: IHookFunctions): Promise<boolean> {
		const { url, events, filters } = target(this);
		const store = storedSubscriptions(this.getWorkflowStaticData('node'));
		try {
			const client = await clientFor(product, this);
			const stale = (await listed(client)).filter((subscription) => subscription.url === url);
			for (const subscription of stale) await deleteTolerating404(this.getNode(), client, subscription.id);
			const description = `n8n workflow "${this.getWorkflow().name ?? this.getWorkflow().id}", node "${this.getNode().name}"`;
			const created = operations.created(await client.call(operations.create, operations.createInput(url, events, description, filters)));
			store[url] = { id: created.id, secret: created.secret };
			return true;
		} catch (error) {
			throw toNodeError(product, this.getNode(), error);
		}
	}

	/**
	 * Unsubscribes this URL's subscription (one already gone, 404, counts as deleted), and any other subscription of
	 * this URL, so a node whose static data was lost leaves nothing behind either.
	 */
	async function remove(this: IHookFunctions): Promise<boolean> {
		const { url } = target(this);
		const store = storedSubscriptions(this.getWorkflowStaticData('node'));
		try {
			const client = await clientFor(product, this);
			const stored = store[url];
			if (stored) await deleteTolerating404(this.getNode(), client, stored.id);
			const leftovers = (await listed(client)).filter((subscription) => subscription.url === url);
			for (const subscription of leftovers) await deleteTolerating404(this.getNode(), client, subscription.id);
		} catch (error) {
			throw toNodeError(product, this.getNode(), error);
		}
		delete store[url];
		return true;
	}

	return { checkExists, create, remove };
}
