import {
	NodeConnectionTypes,
	type IHookFunctions,
	type INodeType,
	type INodeTypeDescription,
	type IWebhookFunctions,
	type IWebhookResponseData,
} from 'n8n-workflow';
import { reeveApi } from '@integration-pack/core/reeve/api';
import { receive } from '../../../n8n-nodes-reevo/platform/trigger/delivery';
import { eventOptions } from '../../../n8n-nodes-reevo/platform/trigger/event-options';
import { subscriptionLifecycle } from '../../../n8n-nodes-reevo/platform/trigger/subscriptions';
import { asOptions, providerChoices } from '../Reeve/choices';
import { reeveN8n } from '../Reeve/reeve';
import { reeveWebhooks } from './deliveries';

const { checkExists, create, remove } = subscriptionLifecycle(reeveN8n, reeveWebhooks.subscriptions);

export class ReeveTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Reeve Trigger',
		name: 'reeveTrigger',
		icon: { light: 'file:../../icons/reeve.svg', dark: 'file:../../icons/reeve.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["events"].join(", ")}}',
		description:
			'Starts the workflow on events of the providers connected to Reeve (Shopify orders, Stripe payments, GitHub pushes, …) and when a connection changes',
		defaults: { name: 'Reeve Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'reeveApi', required: true }],
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' }],
		properties: [
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				required: true,
				default: [],
				description: 'The Reeve events that start the workflow: events of connected providers, and changes of connections',
				options: eventOptions(reeveApi.events),
			},
			{
				displayName: 'Only Providers',
				name: 'providers',
				type: 'multiOptions',
				default: [],
				description: 'Start only on events about these providers. Leave empty for every provider.',
				options: asOptions(providerChoices()),
			},
		],
	};

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return await checkExists.call(this);
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return await create.call(this);
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return await remove.call(this);
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await receive.call(this, reeveWebhooks.deliveries);
	}
}
