import { updateDisplayOptions } from 'n8n-workflow';
import { catalog } from '@reevo/client/core';
import { catalogFields } from '../../fields/catalog-fields';
import type { OperationCall } from '../operation';

const spec = catalog.activities.log;
const fields = catalogFields([spec.body]);

export const description = updateDisplayOptions({ show: { resource: ['activity'], operation: ['log'] } }, [
	...fields.properties,
]);

export const call: OperationCall = { spec, input: fields.read, labels: fields.labels };
