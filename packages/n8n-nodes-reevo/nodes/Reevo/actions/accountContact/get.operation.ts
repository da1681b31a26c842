import { updateDisplayOptions, type IExecuteFunctions, type INodeProperties } from 'n8n-workflow';
import { catalog } from '@integration-pack/core/reevo';
import { formLabels, operationFormFields, toApiInput } from '@integration-pack/core/forms';
import { byName } from '../../../../platform/fields/by-name';
import type { OperationCall } from '../../../../platform/actions/operation';

const spec = catalog.accountContact.retrieve;
// The API takes exactly one of its lookup keys: a "Find By" choice and one value say that better than three
// optional fields, and the choice's words still come from the catalog. The catalog lists the likeliest lookup first,
// so it is the default, while the dropdown is alphabetical like every other.
const lookups = operationFormFields(spec);
const firstLookup = lookups[0]?.key ?? '';

const properties: INodeProperties[] = [
	{
		displayName: 'Find By',
		name: 'findBy',
		type: 'options',
		noDataExpression: true,
		options: lookups.map((lookup) => ({ name: lookup.label, value: lookup.key, description: lookup.help })).sort(byName),
		default: firstLookup,
	},
	...lookups.map(
		(lookup): INodeProperties => ({
			displayName: lookup.label,
			name: lookup.key,
			type: 'string',
			required: true,
			default: '',
			placeholder: String(lookup.descriptor.example ?? ''),
			description: lookup.help,
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
	labels: formLabels(lookups),
	input(this: IExecuteFunctions, itemIndex: number) {
		const key = this.getNodeParameter('findBy', itemIndex) as string;
		const chosen = lookups.filter((lookup) => lookup.key === key);
		return toApiInput(chosen, (lookup) => this.getNodeParameter(lookup.key, itemIndex));
	},
};
