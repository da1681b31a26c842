/**
 * What every product's webhook trigger is beyond its declaration: its Events parameter (every event of the product's
 * definition), its webhook lifecycle (subscriptions.ts) and its handling of a delivery (delivery.ts). The declaration
 * itself stays a literal `description` in the product's node file, where n8n's lint and verification scan read it
 * (docs/decisions.md, "The n8n node declarations stay in the node files").
 */
import type { IHookFunctions, INodeProperties, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';
import type { N8nProduct } from '../product';
import { receive } from './delivery';
import { eventOptions } from './event-options';
import { subscriptionLifecycle } from './subscriptions';
import type { TriggerSource } from './webhooks';

export interface TriggerNode {
	/** The Events parameter: the product's other parameters (its filters) follow it. */
	eventsProperty: INodeProperties;
	webhookMethods: {
		default: Record<'checkExists' | 'create' | 'delete', (this: IHookFunctions) => Promise<boolean>>;
	};
	webhook(this: IWebhookFunctions): Promise<IWebhookResponseData>;
}

/** `eventsDescription` is the Events parameter's help: which events, and what the credential needs to subscribe. */
export function triggerNode<Event>(product: N8nProduct, source: TriggerSource<Event>, eventsDescription: string): TriggerNode {
	const { checkExists, create, remove } = subscriptionLifecycle(product, source.subscriptions);
	return {
		eventsProperty: {
			displayName: 'Events',
			name: 'events',
			type: 'multiOptions',
			required: true,
			default: [],
			description: eventsDescription,
			options: eventOptions(product.definition.events),
		},
		webhookMethods: { default: { checkExists, create, delete: remove } },
		async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
			return await receive.call(this, source.deliveries);
		},
	};
}
