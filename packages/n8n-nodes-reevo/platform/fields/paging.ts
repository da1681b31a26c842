/** Return All / Limit for the searches that page (in their definition's paging style); the router walks the pages. */
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { OperationSpec } from '@integration-pack/core/machine';

/** Only an operation that pages has these; its `pagination` says how large a page may be. */
export type PagedOperation = OperationSpec & Required<Pick<OperationSpec, 'pagination'>>;

export function pagingProperties(spec: PagedOperation, apiName: string): INodeProperties[] {
	const { maxLimit } = spec.pagination;
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 50,
			description: 'Max number of results to return',
			displayOptions: { show: { returnAll: [false] } },
			hint: `${apiName} answers at most ${maxLimit} records a request; larger limits take several requests.`,
		},
	];
}

export interface PagePlan {
	pageSize: number;
	maxItems: number;
}

/** Whole pages of the largest size the API allows when returning all (fewest requests against the quota). */
export function pagePlan(context: IExecuteFunctions, spec: PagedOperation, itemIndex: number): PagePlan {
	const { maxLimit } = spec.pagination;
	if (context.getNodeParameter('returnAll', itemIndex, false) as boolean) {
		return { pageSize: maxLimit, maxItems: Number.POSITIVE_INFINITY };
	}
	const limit = Math.max(1, Math.floor(context.getNodeParameter('limit', itemIndex, 50) as number));
	return { pageSize: Math.min(limit, maxLimit), maxItems: limit };
}
