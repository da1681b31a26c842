/**
 * Connection → Get: Reeve has no endpoint for one connection, so this reads the user's list (endpoint 4) and keeps
 * the chosen provider's. A provider never connected in the brand is an error that says how to connect it; one
 * disconnected stays listed, with its status.
 */
import { NodeOperationError, updateDisplayOptions, type IExecuteFunctions, type INodeProperties } from 'n8n-workflow';
import { reeveCatalog, REEVE_PROVIDERS, type Connection, type ConnectionList, type ProviderSlug } from '@integration-pack/core/reeve/api';
import type { OperationCall } from '../../../../../n8n-nodes-reevo/platform/actions/operation';
import { asOptions, providerChoices } from '../../choices';

const spec = reeveCatalog.connections.list;

const properties: INodeProperties[] = [
	{
		displayName: 'Provider',
		name: 'provider',
		type: 'options',
		required: true,
		options: asOptions(providerChoices()),
		default: 'shopify',
		description: 'The provider whose connection to get',
	},
];

export const description = updateDisplayOptions({ show: { resource: ['connection'], operation: ['get'] } }, properties);

export const call: OperationCall = {
	spec,
	labels: { provider: 'Provider' },
	input: () => ({}),
	output(this: IExecuteFunctions, answer: unknown, itemIndex: number): Connection {
		const slug = this.getNodeParameter('provider', itemIndex) as ProviderSlug;
		const connection = (answer as ConnectionList).connections.find((candidate) => candidate.provider === slug);
		if (connection) return connection;
		const name = REEVE_PROVIDERS[slug]?.name ?? slug;
		const how = REEVE_PROVIDERS[slug]?.kind === 'oauth' ? 'Get Authorization URL, then Complete Authorization' : 'Connect With API Key';
		throw new NodeOperationError(this.getNode(), `${name} has never been connected in this brand`, {
			itemIndex,
			description: `Connect it first with the Reeve node's ${how}, or check the Brand ID of this node's Reeve credential.`,
		});
	},
};
