import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';
import { triggerNode } from '../../platform/trigger/trigger-node';
import { getStages } from '../Reevo/methods/loadOptions';
import { reevoN8n } from '../Reevo/reevo';
import { reevoWebhooks } from './deliveries';

const trigger = triggerNode(
	reevoN8n,
	reevoWebhooks,
	"The Reevo events that start the workflow. The API key needs Webhooks Write and read access to each event's records.",
);

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
			trigger.eventsProperty,
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

	webhookMethods = trigger.webhookMethods;

	webhook = trigger.webhook;
}
