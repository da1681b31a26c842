/**
 * What every product's action node is beyond its declaration: its parameters (the Resource dropdown, then each
 * resource's operations and fields) and its execution by the router. The declaration itself (name, icon, subtitle,
 * credentials, ...) stays a literal `description` in the product's node file, where n8n's lint and verification scan
 * read it (docs/decisions.md, "The n8n node declarations stay in the node files").
 */
import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import type { N8nProduct } from '../product';
import { resourceOptionsOf, type NodeResources } from './resources';
import { route } from './router';

export interface ActionNode {
	properties: INodeProperties[];
	execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]>;
}

/** The node's parameters and execution for the product's resources; `defaultResource` is the one a new node shows. */
export function actionNode(product: N8nProduct, resources: NodeResources, defaultResource: string): ActionNode {
	return {
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: resourceOptionsOf(resources),
				default: defaultResource,
			},
			...Object.values(resources).flatMap((resource) => resource.properties),
		],
		async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
			return await route.call(this, product, resources);
		},
	};
}
