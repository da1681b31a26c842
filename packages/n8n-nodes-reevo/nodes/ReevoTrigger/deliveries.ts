/**
 * Reevo's deliveries for the generic trigger plumbing (platform/trigger/): verified by the client's Standard Webhooks
 * check, and filtered by the node's stage setting for stage changes.
 */
import type { IWebhookFunctions } from 'n8n-workflow';
import { catalog, ReevoWebhookVerificationError, verifyWebhook, type WebhookEvent, type WebhookSubscription } from '@integration-pack/core/reevo';
import type { TriggerSource } from '../../platform/trigger/webhooks';

export const reevoWebhooks: TriggerSource<WebhookEvent> = {
	subscriptions: {
		list: catalog.webhooks.list,
		listed: (output) =>
			(output as WebhookSubscription[]).map(({ id, url, status, events }) => ({ id, url, active: status === 'active', events })),
		create: catalog.webhooks.create,
		createInput: (url, events, description) => ({ url, events, description }),
		created: (output) => {
			const { id, secret } = output as { id: string; secret: string };
			return { id, secret };
		},
		delete: catalog.webhooks.delete,
		deleteInput: (id) => ({ webhook_id: id }),
	},
	deliveries: {
		verify: (payload, headers, secrets) => verifyWebhook({ payload, headers, secret: secrets }),
		refusalReason: (error) => (error instanceof ReevoWebhookVerificationError ? error.message : undefined),
		typeOf: (event) => event.type,
		wanted(context: IWebhookFunctions, event) {
			if (event.type !== 'opportunity.stage_changed') return true;
			const stages = context.getNodeParameter('stages', []) as string[];
			return stages.length === 0 || stages.includes(event.data.stage_name);
		},
	},
};
