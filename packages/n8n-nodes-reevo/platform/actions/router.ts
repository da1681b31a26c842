/**
 * Runs the chosen operation once per input item: the one place with the item loop, paging, continue-on-fail and
 * pairedItem, so operation files only map parameters to a client call.
 */
import { NodeOperationError, type IDataObject, type IExecuteFunctions, type INodeExecutionData } from 'n8n-workflow';
import { collect, paginate, type ClientBase } from '@integration-pack/core/machine';
import { pagePlan } from '../fields/paging';
import type { N8nProduct } from '../product';
import { clientFor } from '../transport/client';
import { toNodeError } from '../transport/errors';
import { isPaged } from './catalog-operation';
import type { OperationCall } from './operation';
import type { NodeResources } from './resources';

export async function route(this: IExecuteFunctions, product: N8nProduct, resources: NodeResources): Promise<INodeExecutionData[][]> {
	const resource = this.getNodeParameter('resource', 0) as string;
	const operation = this.getNodeParameter('operation', 0) as string;
	const call = resources[resource]?.operations[operation]?.module.call;
	if (!call) {
		throw new NodeOperationError(this.getNode(), `The operation "${operation}" of "${resource}" is not supported`);
	}
	const client = await clientFor(product, this);
	const items = this.getInputData();
	const output: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			const answer = await runCall(this, product, client, call, itemIndex);
			const result = call.output ? call.output.call(this, answer, itemIndex) : answer;
			const records = (Array.isArray(result) ? result : [result]) as IDataObject[];
			output.push(
				...this.helpers.constructExecutionMetaData(this.helpers.returnJsonArray(records), { itemData: { item: itemIndex } }),
			);
		} catch (error) {
			const nodeError = toNodeError(product, this.getNode(), error, itemIndex, call.labels);
			if (this.continueOnFail()) {
				output.push({
					json: { error: nodeError.message, ...(nodeError.description ? { description: nodeError.description } : {}) },
					pairedItem: { item: itemIndex },
				});
				continue;
			}
			throw nodeError;
		}
	}
	return [output];
}

async function runCall(context: IExecuteFunctions, product: N8nProduct, client: ClientBase, call: OperationCall, itemIndex: number): Promise<unknown> {
	const input = call.input.call(context, itemIndex);
	const { paging } = product.definition;
	if (!isPaged(product, call.spec) || paging.style !== 'limit-offset') return await client.call(call.spec, input);
	const { pageSize, maxItems } = pagePlan(context, call.spec, itemIndex);
	const fetchPage = async ({ limit, offset }: { limit: number; offset: number }) =>
		(await client.call(call.spec, { ...input, [paging.limitParam]: limit, [paging.offsetParam]: offset })) as unknown[];
	return await collect(paginate(fetchPage, pageSize, maxItems));
}
