/**
 * A credentials helper for in-process n8n runs: hands out the test's credential values and applies the credential
 * type's own generic `authenticate` block, so the headers the tests see are the ones n8n would send.
 */
import {
  ICredentialsHelper,
  type IAuthenticateGeneric,
  type ICredentialDataDecryptedObject,
  type ICredentials,
  type ICredentialType,
  type IHttpRequestOptions,
  type INodeProperties,
} from 'n8n-workflow';

/** Resolves `{{$credentials.name}}` inside an `=` expression (`={{$credentials.apiKey}}`, `=Bearer {{$credentials.token}}`). */
export function resolveCredentialTemplate(template: string, credentials: ICredentialDataDecryptedObject): string {
  if (!template.startsWith('=')) return template;
  return template.slice(1).replace(/\{\{\s*\$credentials\.(\w+)\s*\}\}/g, (_, key: string) => String(credentials[key] ?? ''));
}

export class TestCredentialsHelper extends ICredentialsHelper {
  constructor(
    private readonly credentialType: ICredentialType,
    private readonly values: ICredentialDataDecryptedObject,
  ) {
    super();
  }

  getParentTypes(): string[] {
    return [];
  }

  async authenticate(credentials: ICredentialDataDecryptedObject, _typeName: string, requestOptions: IHttpRequestOptions) {
    const headers = { ...(requestOptions.headers ?? {}) } as Record<string, string>;
    const block = this.credentialType.authenticate as IAuthenticateGeneric | undefined;
    for (const [name, template] of Object.entries(block?.properties.headers ?? {})) {
      headers[name] = resolveCredentialTemplate(String(template), credentials);
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
    return { ...this.values };
  }

  async updateCredentials() {}

  async updateCredentialsOauthTokenData() {}

  getCredentialsProperties(): INodeProperties[] {
    return this.credentialType.properties;
  }
}
