import { updateDisplayOptions } from 'n8n-workflow';
import { catalog } from '@reevo/client/core';
import { catalogFields } from '../../fields/catalog-fields';
import { PAGING_KEYS, pagingProperties } from '../../fields/paging';
import type { OperationCall } from '../operation';

const spec = catalog.opportunities.search;
const fields = catalogFields([spec.body], {
	omit: PAGING_KEYS,
	collection: { name: 'filters', displayName: 'Filters' },
});

export const description = updateDisplayOptions({ show: { resource: ['opportunity'], operation: ['search'] } }, [
	...fields.properties, ...pagingProperties(spec),
]);

export const call: OperationCall = { spec, input: fields.read, labels: fields.labels };
