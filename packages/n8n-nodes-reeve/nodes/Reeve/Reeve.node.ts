import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';
import { actionNode } from '../../../n8n-nodes-reevo/platform/actions/action-node';
import { resources } from './actions/resources';
import { reeveN8n } from './reeve';

const reeve = actionNode(reeveN8n, resources, 'connection');

export class Reeve implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Reeve',
		name: 'reeve',
		icon: { light: 'file:../../icons/reeve.svg', dark: 'file:../../icons/reeve.dark.svg' },
		group: ['transform'],
		version: 1,
		// The dropdowns' labels, so the canvas says "Get Many: Connection", not "getAll: connection". A string literal, as
		// n8n's verification scan requires (it ignores eslint-disable comments): test/unit/form.test.ts checks it is
		// what subtitleExpression(resources) builds from the resources.
		subtitle:
			'={{ ({"connection:getAll":"Get Many: Connection","connection:get":"Get: Connection","connection:connect":"Connect With API Key: Connection","connection:getAuthorizationUrl":"Get Authorization URL: Connection","connection:completeAuthorization":"Complete Authorization: Connection","connection:disconnect":"Disconnect: Connection","event:getAll":"Get Many: Event"})[$parameter["resource"] + ":" + $parameter["operation"]] }}',
		description:
			"Connect providers (Shopify, Stripe, GitHub, ad and analytics accounts) to Reeve, list and disconnect them, and read Reeve's recent events",
		defaults: { name: 'Reeve' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'reeveApi', required: true }],
		properties: reeve.properties,
	};

	execute = reeve.execute;
}
