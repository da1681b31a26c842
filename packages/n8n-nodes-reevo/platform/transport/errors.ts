/**
 * An API's errors as n8n errors, in the words of the node's form: the message says what went wrong and names fields
 * by their labels on screen ("Closed Reasons", not `closed_reason_names`), and the description beneath says what to
 * do. The product's errors are read through its error facts; errors that are already n8n's pass through unchanged.
 */
import { NodeApiError, NodeOperationError, type INode, type JsonObject } from 'n8n-workflow';
import { issuesInWords, labelsAtFault, type ErrorFacts } from '@integration-pack/core/forms';
import { fieldLabel, withFieldLabels, type FieldLabels } from '@integration-pack/core/machine';
import type { N8nProduct } from '../product';

export type NodeError = NodeApiError | NodeOperationError;

/** `labels` are the current operation's (API field path → label on screen); without them, fields keep API names. */
export function toNodeError(product: N8nProduct, node: INode, error: unknown, itemIndex?: number, labels: FieldLabels = {}): NodeError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) return error;
	const at = itemIndex === undefined ? {} : { itemIndex };
	const facts = product.readErrors(error);
	const api = product.definition.name;
	if (facts?.kind === 'validation' && facts.local) {
		return new NodeOperationError(node, validationMessage(facts, api, labels), { ...at, description: validationFix(facts, labels) });
	}
	if (!facts || facts.kind === 'network' || facts.status === undefined) {
		const message = facts?.message ?? (error instanceof Error ? error.message : String(error));
		return new NodeOperationError(node, message, {
			...at,
			...(facts?.kind === 'network'
				? { description: `Check the Base URL of this node's ${api} credential and that n8n can reach it, then run the node again.` }
				: {}),
		});
	}
	const message = facts.kind === 'validation' ? validationMessage(facts, api, labels) : withFieldLabels(facts.message, labels);
	return new NodeApiError(node, apiBody(facts), {
		...at,
		message,
		description: describe(product, facts, labels),
		httpCode: String(facts.status),
	});
}

/** What to do, beneath the message: n8n shows it in the error panel and in Continue On Fail output. */
function describe(product: N8nProduct, facts: ErrorFacts, labels: FieldLabels): string {
	const { fixes, definition } = product;
	const api = definition.name;
	switch (facts.kind) {
		case 'permission': {
			const missing = facts.missingPermissions ?? [];
			if (!missing.length) return fixes.permissions;
			const names = missing.map((permission) => `${definition.permissions?.label(permission) ?? permission} (${permission})`);
			return `Missing: ${names.join(', ')}. ${fixes.permissions}`;
		}
		case 'validation':
			return validationFix(facts, labels);
		case 'expired-auth':
			return `${fixes.expiredCredentials} ${fixes.credentials}`;
		case 'auth':
			return `${fixes.unknownCredentials} ${fixes.credentials}`;
		case 'bad-request': {
			const label = facts.field ? (fieldLabel(facts.field, labels) ?? facts.field) : undefined;
			return `${label ? `Change ${label}` : 'Change the value named above'} as the message says, then run the node again.`;
		}
		case 'route-not-found':
			return fixes.baseUrl;
		case 'not-found':
			return 'Pick the record from the list, or check the ID or URL you gave (or the expression that makes it), then run the node again.';
		case 'conflict':
			return `${api} already holds this. Nothing needs doing; to go on with the other items, set the node's On Error to Continue.`;
		case 'quota':
			return "Run the workflow again later, or turn on Retry On Fail in this node's settings.";
		case 'provider':
			return "The provider behind it failed or could not be reached. Run the node again in a few minutes (or turn on Retry On Fail in this node's settings); if it goes on, check the provider's status page.";
		case 'server':
			return `${api} failed to answer. Run the node again in a moment.`;
		default:
			return "Run the node again; if it keeps failing, report the message above to the integration's maintainers.";
	}
}

function validationMessage(facts: ErrorFacts, api: string, labels: FieldLabels): string {
	return `${facts.local ? `Not sent to ${api}` : `${api} refused the input`}. ${issuesInWords(facts.issues ?? [], labels)}.`;
}

function validationFix(facts: ErrorFacts, labels: FieldLabels): string {
	const names = labelsAtFault(facts.issues ?? [], labels);
	return `Fix ${names.length === 1 ? 'the field' : 'the fields'} ${names.join(', ')}, then run the node again.`;
}

/** What n8n shows as the error's raw data: the API's answer, never the request (which holds the credentials). */
function apiBody(facts: ErrorFacts): JsonObject {
	const { body } = facts;
	if (body && typeof body === 'object' && !Array.isArray(body)) return body as JsonObject;
	return { message: facts.message, ...(typeof body === 'string' ? { body } : {}) };
}
