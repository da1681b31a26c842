import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';
import { route } from '../../platform/actions/router';
import { subtitleExpression } from '../../platform/actions/resources';
import { resourceOptions, resources } from './actions/resources';
import { searchAccounts, searchContacts, searchOpportunities } from './methods/listSearch';
import { getMailboxes, getStages } from './methods/loadOptions';
import { reevoN8n } from './reevo';

export class Reevo implements INodeType {
	// The rule wants the subtitle as a string literal; ours is an expression built from the dropdowns' labels
	// (subtitleExpression), so the canvas says "Upsert: Account & Contact", not "upsert: accountContact".
	// eslint-disable-next-line n8n-nodes-base/node-class-description-missing-subtitle
	description: INodeTypeDescription = {
		displayName: 'Reevo',
		name: 'reevo',
		icon: { light: 'file:../../icons/reevo.svg', dark: 'file:../../icons/reevo.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: subtitleExpression(resources),
		description:
			'Create, update and find Reevo accounts, contacts and opportunities, create tasks, log activities and enroll contacts in sequences',
		defaults: { name: 'Reevo' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'reevoApi', required: true }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: resourceOptions,
				default: 'account',
			},
			...Object.values(resources).flatMap((resource) => resource.properties),
		],
	};

	methods = {
		listSearch: { searchAccounts, searchContacts, searchOpportunities },
		loadOptions: { getMailboxes, getStages },
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await route.call(this, reevoN8n, resources);
	}
}
