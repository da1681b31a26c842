/**
 * Every resource of the Reeve node with its operations: one typed row per operation (the generic
 * ../n8n-nodes-reevo/platform/actions/resources.ts builds the node's parameters and calls from it). A row names a
 * catalog operation or, where the operation has real code, the module of its own file. The keys are the values saved
 * in workflows: never rename one. The webhook endpoints belong to the Reeve Trigger.
 */
import { reeveCatalog, type ConnectionList, type EventList } from '@integration-pack/core/reeve/api';
import { nodeResources, type ResourceRow } from '../../../../n8n-nodes-reevo/platform/actions/resources';
import { EVENT_CHOICES, providerChoices } from '../choices';
import { reeveN8n } from '../reeve';
import * as getConnection from './connection/get.operation';

/** Providers by their names; Authorize and Callback take only OAuth providers, Connect only those connected by a key. */
const ANY_PROVIDER = { choices: { provider: providerChoices() } };
const OAUTH = { choices: { provider: providerChoices('oauth') } };
const BY_KEY = { choices: { provider: providerChoices('api_key', 'service_account') }, secrets: ['api_key'] };
const EVENTS = { choices: { type: EVENT_CHOICES, provider: providerChoices() } };

const RESOURCES = {
	connection: {
		name: 'Connection',
		description: 'A provider account (Shopify, Stripe, GitHub, Meta Ads, …) linked to Reeve',
		operations: {
			getAll: {
				name: 'Get Many',
				action: 'Get many connections',
				run: reeveCatalog.connections.list,
				output: (answer) => (answer as ConnectionList).connections,
			},
			get: { name: 'Get', action: 'Get a connection', run: getConnection },
			connect: { name: 'Connect With API Key', action: 'Connect a provider with an API key', run: reeveCatalog.connections.connectWithApiKey, fields: BY_KEY },
			getAuthorizationUrl: {
				name: 'Get Authorization URL',
				action: 'Get the authorization URL of an OAuth provider',
				run: reeveCatalog.connections.getAuthorizationUrl,
				fields: OAUTH,
			},
			completeAuthorization: {
				name: 'Complete Authorization',
				action: 'Complete an OAuth connection',
				run: reeveCatalog.connections.completeAuthorization,
				fields: OAUTH,
			},
			disconnect: { name: 'Disconnect', action: 'Disconnect a provider', run: reeveCatalog.connections.disconnect, fields: ANY_PROVIDER },
		},
	},
	event: {
		name: 'Event',
		description: "A provider's webhook or a connection's change, from the last 7 days",
		operations: {
			getAll: {
				name: 'Get Many',
				action: 'Get many events',
				run: reeveCatalog.events.list,
				fields: EVENTS,
				output: (answer) => (answer as EventList).events,
			},
		},
	},
} satisfies Record<string, ResourceRow>;

export const resources = nodeResources(reeveN8n, RESOURCES as Record<string, ResourceRow>);
