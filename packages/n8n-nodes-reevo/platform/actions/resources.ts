/**
 * A node's resources and operations from a product's typed table: one row per operation, naming a catalog operation
 * (its form and call are derived by `catalogOperation`) or, where the operation has real code, the module of its own
 * file. Also the resource dropdown's options and the canvas subtitle, from the same words.
 */
import type { INodePropertyOptions } from 'n8n-workflow';
import type { OperationSpec } from '@integration-pack/core/machine';
import type { FieldSetOptions } from '../fields/catalog-fields';
import type { N8nProduct } from '../product';
import { catalogOperation } from './catalog-operation';
import { resourceDescription, type OperationCall, type OperationChoice, type OperationModule } from './operation';

export interface OperationRow {
	/** n8n's word for it: Create, Update, Get, Search, Get Many, Upsert, Shift Stage, Log, Enroll. */
	name: string;
	action: string;
	/** The catalog operation called with its own fields, or the module of an operation with code of its own. */
	run: OperationSpec | OperationModule;
	fields?: FieldSetOptions;
	/** For a catalog operation: what the node outputs of its answer (see `OperationCall.output`). */
	output?: OperationCall['output'];
}

export interface ResourceRow {
	name: string;
	description: string;
	operations: Record<string, OperationRow>;
}

export interface Resource {
	name: string;
	description: string;
	operations: Record<string, OperationChoice>;
	properties: ReturnType<typeof resourceDescription>;
}

export type NodeResources = Record<string, Resource>;

export function nodeResources(product: N8nProduct, rows: Record<string, ResourceRow>): NodeResources {
	const toChoice = (resource: string, operation: string, row: OperationRow): OperationChoice => {
		const module = 'operationId' in row.run ? catalogOperation(product, resource, operation, row.run, row.fields, row.output) : row.run;
		return { name: row.name, action: row.action, module };
	};
	return Object.fromEntries(
		Object.entries(rows).map(([key, row]) => {
			const operations = Object.fromEntries(
				Object.entries(row.operations).map(([operation, operationRow]) => [operation, toChoice(key, operation, operationRow)]),
			);
			return [key, { name: row.name, description: row.description, operations, properties: resourceDescription(key, operations) }];
		}),
	);
}

export function resourceOptionsOf(resources: NodeResources): INodePropertyOptions[] {
	return Object.entries(resources).map(([value, resource]) => ({ name: resource.name, value, description: resource.description }));
}

/**
 * The node's subtitle under its name on the canvas, "Upsert: Account & Contact", in the words of the dropdowns: an
 * n8n expression that looks the chosen resource and operation up in a table made from the same labels.
 */
export function subtitleExpression(resources: NodeResources): string {
	const labels: Record<string, string> = {};
	for (const [resourceKey, resource] of Object.entries(resources)) {
		for (const [operationKey, operation] of Object.entries(resource.operations)) {
			labels[`${resourceKey}:${operationKey}`] = `${operation.name}: ${resource.name}`;
		}
	}
	return `={{ (${JSON.stringify(labels)})[$parameter["resource"] + ":" + $parameter["operation"]] }}`;
}
