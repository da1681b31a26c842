/**
 * Runs a credential's test the way n8n's CredentialsTester.testCredentials does (packages/cli,
 * credentials-tester.service.ts in n8n 2.8): the request goes through n8n-core's RoutingNode; a thrown error or a
 * non-2xx status fails; on success, each responseSuccessBody rule reads `response[0][0].json` (the FIRST item: a body
 * that is an empty list has none, and n8n crashes with a TypeError, which is what this helper does too) and fails the
 * test when lodash `get(body, key) === value`.
 */
import type { IAuthenticateRuleResponseSuccessBody } from 'n8n-workflow';
import { CREDENTIAL_TEST_NODE, type N8nEngine, type N8nPackageUnderTest } from './engine';

export interface CredentialTestResult {
  status: 'OK' | 'Error';
  message: string;
}

/** lodash `get` for the paths a rule can name: `a.b.c` into objects; anything else (a string body) gives undefined. */
function get(body: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), body);
}

export async function testCredentialOf<Credentials extends object>(
  pkg: N8nPackageUnderTest,
  engine: N8nEngine<Credentials>,
  credentials: Credentials,
): Promise<CredentialTestResult> {
  const { items, error } = await engine.runNode({ credentials, type: CREDENTIAL_TEST_NODE, parameters: {} });
  if (error) return { status: 'Error', message: error.message };
  for (const rule of (pkg.credential.test?.rules ?? []) as IAuthenticateRuleResponseSuccessBody[]) {
    // n8n reads `response![0][0].json` with no guard; so do we, so an empty list fails here as it fails in n8n.
    const body = (items[0] as { json: unknown }).json;
    if (get(body, rule.properties.key) === rule.properties.value) return { status: 'Error', message: rule.properties.message };
  }
  return { status: 'OK', message: 'Connection tested successfully' };
}
