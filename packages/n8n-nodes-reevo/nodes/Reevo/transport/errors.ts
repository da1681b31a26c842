/**
 * The client's typed errors as n8n errors, in the words of the node's form: the message says what went wrong and
 * names fields by their labels on screen ("Closed Reasons", not `closed_reason_names`), and the description beneath
 * says what to do. Errors that are already n8n's pass through unchanged.
 */
import { NodeApiError, NodeOperationError, type INode, type JsonObject } from 'n8n-workflow';
import {
	permissionLabel,
	ReevoAuthError,
	ReevoBadRequestError,
	ReevoConflictError,
	ReevoError,
	ReevoKeyExpiredError,
	ReevoNetworkError,
	ReevoNotFoundError,
	ReevoPermissionError,
	ReevoQuotaError,
	ReevoServerError,
	ReevoValidationError,
} from '@reevo/client/core';
import { fieldLabel, withFieldLabels, type FieldIssue, type FieldLabels } from '@reevo/client/machine';

export type ReevoNodeError = NodeApiError | NodeOperationError;

const ADMIN_FIX = 'Ask a Reevo workspace admin to edit this API key in Settings → API Keys, then run the node again.';
const KEY_FIX =
	"Open this node's Reevo credential and paste a working API key (workspace admins create them in Reevo under Settings → API Keys), then run the node again.";

/** `labels` are the current operation's (API field path → label on screen); without them, fields keep API names. */
export function toNodeError(node: INode, error: unknown, itemIndex?: number, labels: FieldLabels = {}): ReevoNodeError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) return error;
	const at = itemIndex === undefined ? {} : { itemIndex };
	if (error instanceof ReevoValidationError && error.local) {
		return new NodeOperationError(node, validationMessage(error, labels), { ...at, description: validationFix(error, labels) });
	}
	if (error instanceof ReevoNetworkError || !(error instanceof ReevoError) || error.status === undefined) {
		const message = error instanceof Error ? error.message : String(error);
		const unreachable = error instanceof ReevoNetworkError;
		return new NodeOperationError(node, message, {
			...at,
			...(unreachable ? { description: "Check the Base URL of this node's Reevo credential and that n8n can reach it, then run the node again." } : {}),
		});
	}
	const message = error instanceof ReevoValidationError ? validationMessage(error, labels) : withFieldLabels(error.message, labels);
	return new NodeApiError(node, apiBody(error), {
		...at,
		message,
		description: describe(error, labels),
		httpCode: String(error.status),
	});
}

/** What to do, beneath the message: n8n shows it in the error panel and in Continue On Fail output. */
function describe(error: ReevoError, labels: FieldLabels): string {
	if (error instanceof ReevoPermissionError) {
		if (!error.missingPermissions.length) return ADMIN_FIX;
		const names = error.missingPermissions.map((permission) => `${permissionLabel(permission)} (${permission})`);
		return `Missing: ${names.join(', ')}. ${ADMIN_FIX}`;
	}
	if (error instanceof ReevoValidationError) return validationFix(error, labels);
	if (error instanceof ReevoKeyExpiredError) return `A workspace admin expired this API key. ${KEY_FIX}`;
	if (error instanceof ReevoAuthError) return `Reevo does not know this API key. ${KEY_FIX}`;
	if (error instanceof ReevoBadRequestError) {
		const field = badRequestField(error);
		const label = field ? (fieldLabel(field, labels) ?? field) : undefined;
		return `${label ? `Change ${label}` : 'Change the value named above'} as the message says, then run the node again.`;
	}
	if (error instanceof ReevoNotFoundError) {
		return error.kind === 'route'
			? "Reevo has no such endpoint: check the Base URL of this node's Reevo credential (https://api.reevo.ai, without /api/v1/public)."
			: 'Pick the record from the list, or check the ID or URL you gave (or the expression that makes it), then run the node again.';
	}
	if (error instanceof ReevoConflictError) {
		return 'Reevo already holds this. Nothing needs doing; to go on with the other items, set the node\'s On Error to Continue.';
	}
	if (error instanceof ReevoQuotaError) return "Run the workflow again later, or turn on Retry On Fail in this node's settings.";
	if (error instanceof ReevoServerError) return 'Reevo failed to answer. Run the node again in a moment.';
	return 'Run the node again; if it keeps failing, report the message above to the integration\'s maintainers.';
}

function issueLabel(issue: FieldIssue, labels: FieldLabels): string {
	return fieldLabel(issue.field, labels) ?? (issue.field || issue.location);
}

/** "Contact Email: Invalid email address; Owner Email: …", with any API name inside a message labelled too. */
function validationMessage(error: ReevoValidationError, labels: FieldLabels): string {
	const list = error.issues
		.map((issue) => `${issueLabel(issue, labels)}: ${withFieldLabels(issue.message, labels).replace(/\.$/, '')}`)
		.join('; ');
	return `${error.local ? 'Not sent to Reevo' : 'Reevo refused the input'}. ${list}.`;
}

function validationFix(error: ReevoValidationError, labels: FieldLabels): string {
	const names = [...new Set(error.issues.map((issue) => issueLabel(issue, labels)))];
	return `Fix ${names.length === 1 ? 'the field' : 'the fields'} ${names.join(', ')}, then run the node again.`;
}

/** The server names the field of a broken business rule in `details.field`. */
function badRequestField(error: ReevoError): string | undefined {
	const details = (error.body as { details?: { field?: unknown } } | undefined)?.details;
	return typeof details?.field === 'string' ? details.field : undefined;
}

/** What n8n shows as the error's raw data: the API's answer, never the request (which holds the key). */
function apiBody(error: ReevoError): JsonObject {
	const body = error.body;
	if (body && typeof body === 'object' && !Array.isArray(body)) return body as JsonObject;
	return { message: error.message, ...(typeof body === 'string' ? { body } : {}) };
}
