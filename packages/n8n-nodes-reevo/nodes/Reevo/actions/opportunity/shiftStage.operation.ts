import { updateDisplayOptions } from 'n8n-workflow';
import { catalog } from '@reevo/client/core';
import { catalogFields } from '../../fields/catalog-fields';
import type { OperationCall } from '../operation';

const spec = catalog.opportunities.shiftStage;
const fields = catalogFields([spec.params, spec.body]);

export const description = updateDisplayOptions({ show: { resource: ['opportunity'], operation: ['shiftStage'] } }, [
	...fields.properties,
]);

export const call: OperationCall = { spec, input: fields.read, labels: fields.labels };
