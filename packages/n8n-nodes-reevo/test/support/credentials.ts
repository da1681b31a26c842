/**
 * A credentials helper for in-process runs: hands out the test's Reevo credential and applies the credential
 * type's own `authenticate` block (so the header the tests see is the one n8n would send).
 */
import {
	ICredentialsHelper,
	type ICredentialDataDecryptedObject,
	type ICredentials,
	type IHttpRequestOptions,
	type INodeProperties,
} from 'n8n-workflow';
import { ReevoApi } from '../../credentials/ReevoApi.credentials';

export interface ReevoTestCredentials {
	apiKey: string;
	baseUrl: string;
}

const credentialType = new ReevoApi();

/** Resolves `={{$credentials.name}}`, the only expression form the credential's authenticate block uses. */
function resolve(template: string, credentials: ICredentialDataDecryptedObject): string {
	return template.replace(/^=\{\{\s*\$credentials\.(\w+)\s*\}\}$/, (_, key: string) => String(credentials[key] ?? ''));
}

export class TestCredentialsHelper extends ICredentialsHelper {
	constructor(private readonly credentials: ReevoTestCredentials) {
		super();
	}

	getParentTypes(): string[] {
		return [];
	}

	async authenticate(credentials: ICredentialDataDecryptedObject, _typeName: string, requestOptions: IHttpRequestOptions) {
		const headers = { ...(requestOptions.headers ?? {}) } as Record<string, string>;
		for (const [name, template] of Object.entries(credentialType.authenticate.properties.headers ?? {})) {
			headers[name] = resolve(String(template), credentials);
		}
		return { ...requestOptions, headers };
	}

	async preAuthentication() {
		return undefined;
	}

	async getCredentials(): Promise<ICredentials> {
		throw new Error('Only getDecrypted is used in these tests');
	}

	async getDecrypted(): Promise<ICredentialDataDecryptedObject> {
		return { ...this.credentials };
	}

	async updateCredentials() {}

	async updateCredentialsOauthTokenData() {}

	getCredentialsProperties(): INodeProperties[] {
		return credentialType.properties;
	}
}
