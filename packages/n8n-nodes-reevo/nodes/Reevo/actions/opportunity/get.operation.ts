import { updateDisplayOptions } from 'n8n-workflow';
import { catalog } from '@reevo/client/core';
import { catalogFields } from '../../fields/catalog-fields';
import type { OperationCall } from '../operation';

const spec = catalog.opportunities.get;
const fields = catalogFields([spec.params]);

export const description = updateDisplayOptions({ show: { resource: ['opportunity'], operation: ['get'] } }, [
	...fields.properties,
]);

export const call: OperationCall = { spec, input: fields.read, labels: fields.labels };
