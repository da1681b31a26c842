/**
 * The Reeve layer of the package: the generic n8n parts (../n8n-nodes-reevo/platform/, bundled by tsup) bound to
 * `reeveApi`, with what is Reeve's own: its credential, its error facts and the words that say how to fix a session
 * token or a brand.
 */
import type { INode } from 'n8n-workflow';
import { BRAND_HEADER, REEVE_BASE_URL, reeveApi } from '@integration-pack/core/reeve/api';
import { reeveErrorFacts } from '@integration-pack/core/reeve';
import type { FieldLabels } from '@integration-pack/core/machine';
import type { N8nProduct } from '../../../n8n-nodes-reevo/platform/product';
import { toNodeError as toPlatformNodeError, type NodeError } from '../../../n8n-nodes-reevo/platform/transport/errors';

export const CREDENTIAL_NAME = 'reeveApi';

interface ReeveCredentialValues {
	sessionToken?: string;
	baseUrl?: string;
	brandId?: string;
}

export const reeveN8n: N8nProduct<typeof reeveApi> = {
	definition: reeveApi,
	credentialName: CREDENTIAL_NAME,
	credentialHeaders: ['Authorization'],
	credentialsOf: (values) => {
		const { sessionToken, brandId } = values as ReeveCredentialValues;
		return { sessionToken: String(sessionToken ?? ''), ...(brandId ? { brandId: String(brandId) } : {}) };
	},
	baseUrlOf: (values) => (values as ReeveCredentialValues).baseUrl || REEVE_BASE_URL,
	userAgent: 'n8n-nodes-reeve/0.1.0',
	readErrors: reeveErrorFacts,
	fixes: {
		credentials:
			"Sign in to Reeve again (app.meetreeve.com), copy a new session token, paste it into this node's Reeve credential, then run the node again.",
		unknownCredentials: 'Reeve does not know this session token.',
		expiredCredentials: 'The session token lapsed after 30 days without use, or was revoked.',
		// Reeve has no permissions: its one refusal of a good session is a brand the user is not in.
		permissions: `Set the Brand ID of this node's Reeve credential to a brand you belong to (it is sent as ${BRAND_HEADER}), or leave it empty for your default brand, then run the node again.`,
		baseUrl: `Reeve has no such endpoint: check the Base URL of this node's Reeve credential (${REEVE_BASE_URL}, without /api).`,
	},
	// Reeve's records are named by provider slugs (dropdowns from the catalog) and subscription ids the trigger keeps:
	// no record needs a searchable list.
	pickers: {},
	recordUrlExample: () => 'https://app.meetreeve.com/cockpit/connectors',
	dictWords: {
		placeholder: 'Add Setting',
		keyName: 'Setting',
		keyHelp: 'The setting\'s name: domain and email (Gorgias), subdomain and email (Zendesk), project_id (PostHog) or property_id (Google Analytics)',
		valueHelp: 'Its value, e.g. acme.gorgias.com for a Gorgias domain',
	},
};

export function toNodeError(node: INode, error: unknown, itemIndex?: number, labels?: FieldLabels): NodeError {
	return toPlatformNodeError(reeveN8n, node, error, itemIndex, labels);
}
