import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';
import { route } from '../../../n8n-nodes-reevo/platform/actions/router';
import { subtitleExpression } from '../../../n8n-nodes-reevo/platform/actions/resources';
import { resourceOptions, resources } from './actions/resources';
import { reeveN8n } from './reeve';

export class Reeve implements INodeType {
	// The rule wants the subtitle as a string literal; ours is an expression built from the dropdowns' labels
	// (subtitleExpression), so the canvas says "Get Many: Connection", not "getAll: connection".
	// eslint-disable-next-line n8n-nodes-base/node-class-description-missing-subtitle
	description: INodeTypeDescription = {
		displayName: 'Reeve',
		name: 'reeve',
		icon: { light: 'file:../../icons/reeve.svg', dark: 'file:../../icons/reeve.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: subtitleExpression(resources),
		description:
			"Connect providers (Shopify, Stripe, GitHub, ad and analytics accounts) to Reeve, list and disconnect them, and read Reeve's recent events",
		defaults: { name: 'Reeve' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'reeveApi', required: true }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: resourceOptions,
				default: 'connection',
			},
			...Object.values(resources).flatMap((resource) => resource.properties),
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await route.call(this, reeveN8n, resources);
	}
}
