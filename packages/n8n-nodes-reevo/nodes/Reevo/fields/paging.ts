/** Return All / Limit for the searches that page with limit and offset; the router walks the pages. */
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { OperationSpec } from '@reevo/client/machine';

/** The catalog's paging body fields: not parameters, the router sets them. */
export const PAGING_KEYS = ['limit', 'offset'] as const;

export function pagingProperties(spec: OperationSpec): INodeProperties[] {
	const maxLimit = spec.pagination?.maxLimit ?? 200;
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
			hint: `Reevo answers at most ${maxLimit} records a request; larger limits take several requests.`,
		},
	];
}

export interface PagePlan {
	pageSize: number;
	maxItems: number;
}

/** Whole pages of the largest size Reevo allows when returning all (fewest requests against the quota). */
export function pagePlan(context: IExecuteFunctions, spec: OperationSpec, itemIndex: number): PagePlan {
	const maxLimit = spec.pagination?.maxLimit ?? 200;
	if (context.getNodeParameter('returnAll', itemIndex, false) as boolean) {
		return { pageSize: maxLimit, maxItems: Number.POSITIVE_INFINITY };
	}
	const limit = Math.max(1, Math.floor(context.getNodeParameter('limit', itemIndex, 50) as number));
	return { pageSize: Math.min(limit, maxLimit), maxItems: limit };
}
