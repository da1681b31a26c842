/**
 * Reeve's subscriptions and deliveries for the generic trigger plumbing (../n8n-nodes-reevo/platform/trigger/):
 * endpoints 7-9 of docs/reeve-api.md §3, the node's provider filter sent as the subscription's `providers` (so Reeve
 * delivers nothing else), and every delivery verified by the Standard Webhooks check of `verifyReeveWebhook`.
 */
import type { IHookFunctions } from 'n8n-workflow';
import { ReeveWebhookVerificationError, verifyReeveWebhook } from '@integration-pack/core/reeve';
import { reeveCatalog, type CreatedSubscription, type SubscriptionList, type SystemEvent } from '@integration-pack/core/reeve/api';
import type { TriggerSource } from '../../../n8n-nodes-reevo/platform/trigger/webhooks';

export const reeveWebhooks: TriggerSource<SystemEvent> = {
	subscriptions: {
		list: reeveCatalog.webhooks.list,
		listed: (output) =>
			(output as SubscriptionList).webhooks.map(({ id, url, status, events, providers }) => ({
				id,
				url,
				active: status === 'active',
				events,
				filters: { providers },
			})),
		create: reeveCatalog.webhooks.create,
		createInput: (url, events, description, filters) => ({
			url,
			events,
			description,
			...(filters.providers?.length ? { providers: filters.providers } : {}),
		}),
		filtersOf: (context: IHookFunctions) => ({ providers: context.getNodeParameter('providers', []) as string[] }),
		created: (output) => {
			const { id, secret } = output as CreatedSubscription;
			return { id, secret };
		},
		delete: reeveCatalog.webhooks.delete,
		deleteInput: (id) => ({ id }),
	},
	deliveries: {
		verify: (payload, headers, secrets) => verifyReeveWebhook({ payload, headers, secret: secrets }),
		refusalReason: (error) => (error instanceof ReeveWebhookVerificationError ? error.message : undefined),
		typeOf: (event) => event.type,
	},
};
