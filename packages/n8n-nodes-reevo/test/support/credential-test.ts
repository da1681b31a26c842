/**
 * Runs the Reevo API credential's test the way n8n's CredentialsTester does (cli credentials-tester.service.ts):
 * the request goes through RoutingNode; a thrown error or a non-2xx status fails (responseCode rules may only
 * reword that), and on success each responseSuccessBody rule fails the test when the body's key has its value.
 */
import type { IAuthenticateRuleResponseSuccessBody } from 'n8n-workflow';
import { ReevoApi } from '../../credentials/ReevoApi.credentials';
import type { ReevoTestCredentials } from './credentials';
import { runReevoNode } from './engine';

export interface CredentialTestResult {
	status: 'OK' | 'Error';
	message: string;
}

export async function testCredential(credentials: ReevoTestCredentials): Promise<CredentialTestResult> {
	const { items, error } = await runReevoNode({ credentials, type: 'test.credentialTest', parameters: {} });
	if (error) return { status: 'Error', message: error.message };
	const body = items[0]?.json ?? {};
	for (const rule of (new ReevoApi().test.rules ?? []) as IAuthenticateRuleResponseSuccessBody[]) {
		if (body[rule.properties.key] === rule.properties.value) return { status: 'Error', message: rule.properties.message };
	}
	return { status: 'OK', message: 'Connection tested successfully' };
}
