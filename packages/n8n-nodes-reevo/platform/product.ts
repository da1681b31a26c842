/**
 * What a product layer gives the generic n8n parts (this folder): its API definition and the little that is its
 * own: its credential, its error facts and the words that tell a user how to fix its credentials, which pickers its
 * record fields get, its custom-field words, its webhook subscriptions and its deliveries. Everything else here is
 * the same for every product, and test/unit/platform-boundary.test.ts keeps it free of product imports. Reevo's is
 * nodes/Reevo/reevo.ts.
 */
import type { AnyDefinition, CredentialsOf } from '@integration-pack/core/machine';
import type { ErrorFactsReader } from '@integration-pack/core/forms';
import type { PickerTable } from './fields/pickers';

/** The sentences that say how to fix what only the user's credential or the product's admins can fix. */
export interface FixWords {
	/** Unknown or expired credentials: how to get working ones into the node's credential. */
	credentials: string;
	/** Unknown credentials, said before the fix. */
	unknownCredentials: string;
	/** Credentials someone expired or revoked, said before the fix. */
	expiredCredentials: string;
	/** A missing permission: who grants it, and where. */
	permissions: string;
	/** The API has no such endpoint: what the credential's Base URL should be. */
	baseUrl: string;
}

/** The words of the key/value list a field of any keys (custom fields) is entered as. */
export interface DictWords {
	placeholder: string;
	keyName: string;
	keyHelp: string;
	valueHelp: string;
}

export interface N8nProduct<D extends AnyDefinition = AnyDefinition> {
	definition: D;
	/** The credential type's name (`reevoApi`). */
	credentialName: string;
	/**
	 * The request headers the credential type's authenticate block sets (n8n adds them, and keeps them out of its
	 * logs); the client's own copies are dropped. Every header of the definition's auth when absent. Reeve's
	 * credential sets only Authorization, so its optional brand header comes from the client, and only when set.
	 */
	credentialHeaders?: readonly string[];
	/** The client's credentials, and the base URL, from the credential's values. */
	credentialsOf(values: Readonly<Record<string, unknown>>): CredentialsOf<D>;
	baseUrlOf(values: Readonly<Record<string, unknown>>): string;
	/** The User-Agent of the package's requests, e.g. `n8n-nodes-reevo/0.1.0`. */
	userAgent: string;
	readErrors: ErrorFactsReader;
	fixes: FixWords;
	pickers: PickerTable;
	/** An example of the product's web URL of a record, for the "By URL" mode of its locator. */
	recordUrlExample(ref: string): string;
	dictWords: DictWords;
}
