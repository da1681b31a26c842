import { updateDisplayOptions, type IExecuteFunctions, type INodeProperties } from 'n8n-workflow';
import { catalog, describeFields } from '@reevo/client/core';
import { byName } from '../../fields/by-name';
import type { OperationCall } from '../operation';

const spec = catalog.accountContact.retrieve;
// The API takes exactly one of its lookup keys: a "Find By" choice and one value say that better than three
// optional fields, and the choice's words still come from the catalog. The catalog lists the likeliest lookup first,
// so it is the default, while the dropdown is alphabetical like every other.
const lookups = describeFields(spec.query!);
const firstLookup = lookups[0]?.key ?? '';

const properties: INodeProperties[] = [
	{
		displayName: 'Find By',
		name: 'findBy',
		type: 'options',
		noDataExpression: true,
		options: lookups.map((lookup) => ({ name: lookup.title, value: lookup.key, description: lookup.description })).sort(byName),
		default: firstLookup,
	},
	...lookups.map(
		(lookup): INodeProperties => ({
			displayName: lookup.title,
			name: lookup.key,
			type: 'string',
			required: true,
			default: '',
			placeholder: String(lookup.example ?? ''),
			description: lookup.description,
			displayOptions: { show: { findBy: [lookup.key] } },
		}),
	),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['accountContact'], operation: ['get'] } },
	properties,
);

export const call: OperationCall = {
	spec,
	labels: Object.fromEntries(lookups.map((lookup) => [lookup.key, lookup.title])),
	input(this: IExecuteFunctions, itemIndex: number) {
		const key = this.getNodeParameter('findBy', itemIndex) as string;
		return { [key]: this.getNodeParameter(key, itemIndex) };
	},
};
