/**
 * The client's typed errors as n8n errors: the message says what went wrong and the description names the missing
 * permissions and the fix, or the invalid fields. Errors that are already n8n's pass through unchanged.
 */
import { NodeApiError, NodeOperationError, type INode, type JsonObject } from 'n8n-workflow';
import {
	permissionLabel,
	ReevoError,
	ReevoNetworkError,
	ReevoPermissionError,
	ReevoValidationError,
} from '@reevo/client/core';

export type ReevoNodeError = NodeApiError | NodeOperationError;

const ADMIN_FIX = 'Ask a Reevo workspace admin to edit this API key in Settings → API Keys, then run the node again.';

export function toNodeError(node: INode, error: unknown, itemIndex?: number): ReevoNodeError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) return error;
	const at = itemIndex === undefined ? {} : { itemIndex };
	if (error instanceof ReevoValidationError && error.local) {
		return new NodeOperationError(node, error.message, { ...at, description: issueList(error) });
	}
	if (error instanceof ReevoNetworkError || !(error instanceof ReevoError) || error.status === undefined) {
		const message = error instanceof Error ? error.message : String(error);
		return new NodeOperationError(node, message, at);
	}
	return new NodeApiError(node, apiBody(error), {
		...at,
		message: error.message,
		description: describe(error),
		httpCode: String(error.status),
	});
}

function describe(error: ReevoError): string | undefined {
	if (error instanceof ReevoPermissionError) {
		if (!error.missingPermissions.length) return ADMIN_FIX;
		const names = error.missingPermissions.map((permission) => `${permissionLabel(permission)} (${permission})`);
		return `Missing: ${names.join(', ')}. ${ADMIN_FIX}`;
	}
	if (error instanceof ReevoValidationError) return issueList(error);
	return undefined;
}

function issueList(error: ReevoValidationError): string {
	return `Invalid fields: ${error.issues.map((issue) => `${issue.field || issue.location} (${issue.message})`).join('; ')}`;
}

/** What n8n shows as the error's raw data: the API's answer, never the request (which holds the key). */
function apiBody(error: ReevoError): JsonObject {
	const body = error.body;
	if (body && typeof body === 'object' && !Array.isArray(body)) return body as JsonObject;
	return { message: error.message, ...(typeof body === 'string' ? { body } : {}) };
}
