import {
	NodeConnectionTypes,
	type IHookFunctions,
	type INodeType,
	type INodeTypeDescription,
	type IWebhookFunctions,
	type IWebhookResponseData,
} from 'n8n-workflow';
import { reevoApi } from '@integration-pack/core/reevo';
import { receive } from '../../platform/trigger/delivery';
import { eventOptions } from '../../platform/trigger/event-options';
import { subscriptionLifecycle } from '../../platform/trigger/subscriptions';
import { getStages } from '../Reevo/methods/loadOptions';
import { reevoN8n } from '../Reevo/reevo';
import { reevoWebhooks } from './deliveries';

const { checkExists, create, remove } = subscriptionLifecycle(reevoN8n, reevoWebhooks.subscriptions);

export class ReevoTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Reevo Trigger',
		name: 'reevoTrigger',
		icon: { light: 'file:../../icons/reevo.svg', dark: 'file:../../icons/reevo.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["events"].join(", ")}}',
		description: 'Starts the workflow when records change in Reevo (accounts, contacts, opportunities, tasks, activities, sequence enrollments)',
		defaults: { name: 'Reevo Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'reevoApi', required: true }],
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' }],
		properties: [
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				required: true,
				default: [],
				description: 'The Reevo events that start the workflow. The API key needs Webhooks Write and read access to each event\'s records.',
				options: eventOptions(reevoApi.events),
			},
			{
				displayName: 'Only Stage Names or IDs',
				name: 'stages',
				type: 'multiOptions',
				default: [],
				typeOptions: { loadOptionsMethod: 'getStages' },
				displayOptions: { show: { events: ['opportunity.stage_changed'] } },
				description:
					'For stage changes: start only when the opportunity moves into one of these stages. Leave empty for every stage. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
		],
	};

	methods = { loadOptions: { getStages } };

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
		return await receive.call(this, reevoWebhooks.deliveries);
	}
}
