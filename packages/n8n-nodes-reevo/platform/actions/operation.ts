/**
 * What an operation file declares: its parameters, and how they become the input of ONE client call. The per-item
 * loop, paging, continue-on-fail and pairedItem live once, in the router.
 */
import type { IExecuteFunctions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import type { FieldLabels, OperationSpec } from '@integration-pack/core/machine';
import { byName } from '../fields/by-name';

export interface OperationCall {
	/** The catalog entry called once per input item. */
	spec: OperationSpec;
	/** The client input for one item. */
	input(this: IExecuteFunctions, itemIndex: number): Record<string, unknown>;
	/** API field path → the label on screen, from the same descriptors as the form, for errors. */
	labels: FieldLabels;
	/**
	 * What the node outputs of the answer, when it is not the answer itself: the records of an answer that wraps them
	 * (Reeve's `{ "connections": [...] }`), each becoming an item. Throwing here fails the item like an API error.
	 */
	output?(this: IExecuteFunctions, answer: unknown, itemIndex: number): unknown;
}

export interface OperationModule {
	description: INodeProperties[];
	call: OperationCall;
}

export interface OperationChoice {
	/** n8n's word for it: Create, Update, Get, Search, Get Many, Upsert, Shift Stage, Log, Enroll. */
	name: string;
	action: string;
	module: OperationModule;
}

/** The operation dropdown of a resource; each option's description is the catalog's, written for AI agents too. */
export function operationPicker(resource: string, choices: Record<string, OperationChoice>): INodeProperties {
	const options: INodePropertyOptions[] = Object.entries(choices)
		.map(([value, choice]) => ({
			name: choice.name,
			value,
			action: choice.action,
			description: choice.module.call.spec.description,
		}))
		.sort(byName);
	// The first operation in alphabetical order, as n8n's own nodes open on.
	const firstOperation = options[0]?.value ?? '';
	return {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource] } },
		options,
		default: firstOperation,
	};
}

/** Every parameter of a resource: its operation picker, then each operation's own. */
export function resourceDescription(resource: string, choices: Record<string, OperationChoice>): INodeProperties[] {
	return [operationPicker(resource, choices), ...Object.values(choices).flatMap((choice) => choice.module.description)];
}
