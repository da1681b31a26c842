/**
 * The Reevo layer of the package: the generic n8n parts (platform/) bound to `reevoApi`, with what is Reevo's own:
 * its credential, its error facts and the words that say how to fix a key, the pickers of its record fields, its
 * custom-field words, and its client with the typed methods the record lists use.
 */
import type { INode } from 'n8n-workflow';
import { API_BASE_URL, API_PATH_PREFIX, reevoApi, reevoErrorFacts, type ReevoClient } from '@integration-pack/core/reevo';
import type { FieldLabels } from '@integration-pack/core/machine';
import type { N8nProduct } from '../../platform/product';
import { clientFor, type NodeContext } from '../../platform/transport/client';
import { toNodeError as toPlatformNodeError, type NodeError } from '../../platform/transport/errors';

export const CREDENTIAL_NAME = 'reevoApi';

interface ReevoCredentialValues {
	apiKey?: string;
	baseUrl?: string;
}

export const reevoN8n: N8nProduct<typeof reevoApi> = {
	definition: reevoApi,
	credentialName: CREDENTIAL_NAME,
	credentialsOf: (values) => ({ apiKey: String((values as ReevoCredentialValues).apiKey ?? '') }),
	baseUrlOf: (values) => (values as ReevoCredentialValues).baseUrl || API_BASE_URL,
	userAgent: 'n8n-nodes-reevo/0.1.0',
	readErrors: reevoErrorFacts,
	fixes: {
		credentials:
			"Open this node's Reevo credential and paste a working API key (workspace admins create them in Reevo under Settings → API Keys), then run the node again.",
		unknownCredentials: 'Reevo does not know this API key.',
		expiredCredentials: 'A workspace admin expired this API key.',
		permissions: 'Ask a Reevo workspace admin to edit this API key in Settings → API Keys, then run the node again.',
		baseUrl: `Reevo has no such endpoint: check the Base URL of this node's Reevo credential (${API_BASE_URL}, without ${API_PATH_PREFIX}).`,
	},
	// No list requires a filter: n8n 2.8's editor shows loading placeholders forever for one whose filter is empty
	// (its currentQueryLoading is true while requiresSearchFilter and the filter is ""), so each list method answers
	// an empty filter with records instead. Reevo lists no stages or pipelines: the stages in use on opportunities
	// are the best list the API allows. Mailboxes are listed per owner: the contact's owner's are the ones an
	// enrollment can use.
	pickers: {
		account: { id: { locator: { method: 'searchAccounts', placeholder: 'Type part of a domain, e.g. acme' } } },
		contact: { id: { locator: { method: 'searchContacts', placeholder: "Type a contact's or owner's exact email" } } },
		opportunity: { id: { locator: { method: 'searchOpportunities', placeholder: 'Type part of the name' } } },
		stage: { name: { dropdown: { method: 'getStages' } } },
		mailbox: { email: { dropdown: { method: 'getMailboxes', dependsOn: ['contact_email'] } } },
	},
	recordUrlExample: (ref) => `https://app.reevo.ai/${ref}s/5b3f8a2e-1c4d-4e6f-9a7b-2c8d0e1f3a4b`,
	dictWords: {
		placeholder: 'Add Custom Field',
		keyName: 'Field API Name',
		keyHelp: "The custom field's API name (or its UUID), as shown in Reevo's settings",
		valueHelp: 'The value. For a multi-select field, use an expression that gives a list of texts.',
	},
};

/** The typed client over n8n's transport; its methods are the generated ones (see `createReevoClient`). */
export async function reevoClient(context: NodeContext): Promise<ReevoClient> {
	return (await clientFor(reevoN8n, context)) as unknown as ReevoClient;
}

export function toNodeError(node: INode, error: unknown, itemIndex?: number, labels?: FieldLabels): NodeError {
	return toPlatformNodeError(reevoN8n, node, error, itemIndex, labels);
}
