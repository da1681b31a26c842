/**
 * One incoming delivery: verified against the secrets of this node's subscriptions before anything runs, then
 * filtered by the node's settings (its event types, and the product's own filters).
 */
import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';
import { storedSubscriptions } from './subscriptions';
import type { Deliveries } from './webhooks';

export async function receive<Event>(this: IWebhookFunctions, deliveries: Deliveries<Event>): Promise<IWebhookResponseData> {
	const request = this.getRequestObject();
	// Any of this node's subscriptions may deliver here: n8n gives webhook() the production URL even in test mode.
	const secrets = Object.values(storedSubscriptions(this.getWorkflowStaticData('node'))).map((stored) => stored.secret);
	const refuse = (reason: string): IWebhookResponseData => {
		this.getResponseObject().status(401).json({ error: 'invalid_signature', message: reason });
		return { noWebhookResponse: true };
	};
	if (!secrets.length) return refuse('This trigger holds no signing secret.');
	let event: Event;
	try {
		event = deliveries.verify(request.rawBody ?? '', request.headers, secrets);
	} catch (error) {
		return refuse(deliveries.refusalReason(error) ?? 'The delivery could not be verified.');
	}
	if (!wanted(this, deliveries, event)) return { webhookResponse: { received: true, ignored: true } };
	return { workflowData: [this.helpers.returnJsonArray([event as unknown as IDataObject])] };
}

function wanted<Event>(context: IWebhookFunctions, deliveries: Deliveries<Event>, event: Event): boolean {
	const events = context.getNodeParameter('events', []) as string[];
	return events.includes(deliveries.typeOf(event)) && (deliveries.wanted?.(context, event) ?? true);
}
