/**
 * An operation that is one catalog call with the catalog's own fields, built from its row in the product's resource
 * table: the parameters, Return All / Limit for searches that page, and the call. Operations with real code of their
 * own keep a file (Reevo's `accountContact/get.operation.ts`), as n8n's Pipedrive v2 node does.
 */
import { updateDisplayOptions } from 'n8n-workflow';
import { pagingInputNames } from '@integration-pack/core/forms';
import type { OperationSpec } from '@integration-pack/core/machine';
import { catalogFields, type FieldSetOptions } from '../fields/catalog-fields';
import { pagingProperties, type PagedOperation } from '../fields/paging';
import type { N8nProduct } from '../product';
import type { OperationCall, OperationModule } from './operation';

/** Whether the router walks the operation's pages: it pages, and its definition has a paging style. */
export function isPaged(product: N8nProduct, spec: OperationSpec): spec is PagedOperation {
	return spec.pagination !== undefined && product.definition.paging.style !== 'none';
}

export function catalogOperation(
	product: N8nProduct,
	resource: string,
	operation: string,
	spec: OperationSpec,
	options: FieldSetOptions = {},
	output?: OperationCall['output'],
): OperationModule {
	const paged = isPaged(product, spec);
	const pagingInputs = pagingInputNames(product.definition.paging);
	const fields = catalogFields(product, spec, paged ? { ...options, omit: [...pagingInputs, ...(options.omit ?? [])] } : options);
	const description = updateDisplayOptions({ show: { resource: [resource], operation: [operation] } }, [
		...fields.properties,
		...(paged ? pagingProperties(spec, product.definition.name) : []),
	]);
	return { description, call: { spec, input: fields.read, labels: fields.labels, ...(output ? { output } : {}) } };
}
