/**
 * An operation that is one catalog call with the catalog's own fields, built from its row in `resources.ts`: the
 * parameters, Return All / Limit for searches that page, and the call. Operations with real code of their own keep a
 * file (`accountContact/get.operation.ts`), as n8n's Pipedrive v2 node does.
 */
import { updateDisplayOptions } from 'n8n-workflow';
import type { OperationSpec } from '@integration-pack/core/reevo';
import { catalogFields, type FieldSetOptions } from '../fields/catalog-fields';
import { PAGING_KEYS, pagingProperties } from '../fields/paging';
import type { OperationModule } from './operation';

export function catalogOperation(resource: string, operation: string, spec: OperationSpec, options: FieldSetOptions = {}): OperationModule {
	const paged = spec.pagination !== undefined;
	const fields = catalogFields(spec, paged ? { ...options, omit: [...PAGING_KEYS, ...(options.omit ?? [])] } : options);
	const description = updateDisplayOptions({ show: { resource: [resource], operation: [operation] } }, [
		...fields.properties,
		...(paged ? pagingProperties(spec) : []),
	]);
	return { description, call: { spec, input: fields.read, labels: fields.labels } };
}
