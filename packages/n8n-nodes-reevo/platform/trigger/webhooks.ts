/**
 * What a product's trigger node needs of its API's webhooks, beyond the definition: how its subscriptions are
 * listed, created and deleted, and how a delivery is verified and filtered.
 */
import type { IHookFunctions, IWebhookFunctions } from 'n8n-workflow';
import type { OperationSpec } from '@integration-pack/core/machine';

/**
 * Filters the API applies to a subscription beyond its event types, by name (Reeve: `providers`), each a set of
 * values; an empty set means no filter.
 */
export type SubscriptionFilters = Readonly<Record<string, readonly string[]>>;

/** A subscription as the trigger compares it with what it wants. */
export interface ListedSubscription {
	id: string;
	url: string;
	active: boolean;
	events: readonly string[];
	/** The subscription's filters, for an API that has any (see `SubscriptionOperations.filtersOf`). */
	filters?: SubscriptionFilters;
}

export interface SubscriptionOperations {
	list: OperationSpec;
	/** Each listed subscription, read from the list's answer. */
	listed(output: unknown): ListedSubscription[];
	create: OperationSpec;
	createInput(url: string, events: readonly string[], description: string, filters: SubscriptionFilters): Record<string, unknown>;
	/** The filters the node's parameters ask the API for; none when absent. A change makes a new subscription. */
	filtersOf?(context: IHookFunctions): SubscriptionFilters;
	/** The created subscription's id and signing secret (the API shows the secret only then). */
	created(output: unknown): { id: string; secret: string };
	delete: OperationSpec;
	deleteInput(id: string): Record<string, unknown>;
}

export interface Deliveries<Event> {
	/** The delivery's event, verified against any of the secrets (Standard Webhooks, constant time, on the raw body). */
	verify(payload: string | Buffer, headers: Record<string, string | string[] | undefined>, secrets: string[]): Event;
	/** Why `verify` refused a delivery, in words for its sender; undefined for an error that says nothing to them. */
	refusalReason(error: unknown): string | undefined;
	typeOf(event: Event): string;
	/** Filters of the node's own beyond the event types (Reevo: only some stages), read from its parameters. */
	wanted?(context: IWebhookFunctions, event: Event): boolean;
}

export interface TriggerSource<Event> {
	subscriptions: SubscriptionOperations;
	deliveries: Deliveries<Event>;
}
