import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';
import { triggerNode } from '../../../n8n-nodes-reevo/platform/trigger/trigger-node';
import { asOptions, providerChoices } from '../Reeve/choices';
import { reeveN8n } from '../Reeve/reeve';
import { reeveWebhooks } from './deliveries';

const trigger = triggerNode(
	reeveN8n,
	reeveWebhooks,
	'The Reeve events that start the workflow: events of connected providers, and changes of connections',
);

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
			trigger.eventsProperty,
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

	webhookMethods = trigger.webhookMethods;

	webhook = trigger.webhook;
}
