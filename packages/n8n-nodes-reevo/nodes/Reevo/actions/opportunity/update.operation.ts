import { updateDisplayOptions } from 'n8n-workflow';
import { catalog } from '@reevo/client/core';
import { catalogFields } from '../../fields/catalog-fields';
import type { OperationCall } from '../operation';

const spec = catalog.opportunities.update;
const fields = catalogFields([spec.params, spec.body], {
	collection: { name: 'updateFields', displayName: 'Update Fields' },
	clearableCustomFields: true,
});

export const description = updateDisplayOptions({ show: { resource: ['opportunity'], operation: ['update'] } }, [
	...fields.properties,
]);

export const call: OperationCall = { spec, input: fields.read, labels: fields.labels };
