/** The Reevo API credential's test, run as n8n's credential tester runs it (test-support/n8n/credential-test.ts). */
import { testCredentialOf, type CredentialTestResult } from '../../../../test-support/n8n/credential-test';
import type { ReevoTestCredentials } from './credentials';
import { engine, reevoPackage } from './engine';

export async function testCredential(credentials: ReevoTestCredentials): Promise<CredentialTestResult> {
	return await testCredentialOf(reevoPackage, engine, credentials);
}
