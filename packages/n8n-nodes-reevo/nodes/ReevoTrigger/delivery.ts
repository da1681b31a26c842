/**
 * One incoming delivery: verified (Standard Webhooks, constant time, on the raw body) against the secrets of this
 * node's subscriptions before anything runs, then filtered by the node's settings.
 */
import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';
import { ReevoWebhookVerificationError, verifyWebhook, type WebhookEvent } from '@integration-pack/core/reevo';
import { storedSubscriptions } from './subscriptions';

export async function receive(this: IWebhookFunctions): Promise<IWebhookResponseData> {
	const request = this.getRequestObject();
	// Any of this node's subscriptions may deliver here: n8n gives webhook() the production URL even in test mode.
	const secrets = Object.values(storedSubscriptions(this.getWorkflowStaticData('node'))).map((stored) => stored.secret);
	let event: WebhookEvent;
	try {
		if (!secrets.length) throw new ReevoWebhookVerificationError('invalid_signature', 'This trigger holds no signing secret.');
		event = verifyWebhook({ payload: request.rawBody ?? '', headers: request.headers, secret: secrets });
	} catch (error) {
		const reason = error instanceof ReevoWebhookVerificationError ? error.message : 'The delivery could not be verified.';
		this.getResponseObject().status(401).json({ error: 'invalid_signature', message: reason });
		return { noWebhookResponse: true };
	}
	if (!wanted(this, event)) return { webhookResponse: { received: true, ignored: true } };
	return { workflowData: [this.helpers.returnJsonArray([event as unknown as IDataObject])] };
}

function wanted(context: IWebhookFunctions, event: WebhookEvent): boolean {
	const events = context.getNodeParameter('events', []) as string[];
	if (!events.includes(event.type)) return false;
	if (event.type !== 'opportunity.stage_changed') return true;
	const stages = context.getNodeParameter('stages', []) as string[];
	return stages.length === 0 || stages.includes(event.data.stage_name);
}
