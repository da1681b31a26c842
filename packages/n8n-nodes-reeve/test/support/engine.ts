/**
 * n8n's real execution engine in-process (test-support/n8n/engine.ts) bound to this package: a start node feeds the
 * test's items to one Reeve node, whose HTTP goes through n8n-core's real httpRequestWithAuthentication.
 */
import { n8nEngine, type N8nPackageUnderTest, type NodeRun, type RunOptions } from '../../../../test-support/n8n/engine';
import { testCredentialOf, type CredentialTestResult } from '../../../../test-support/n8n/credential-test';
import { triggerDriver } from '../../../../test-support/n8n/trigger';
import { ReeveApi } from '../../credentials/ReeveApi.credentials';
import { Reeve } from '../../nodes/Reeve/Reeve.node';
import { ReeveTrigger } from '../../nodes/ReeveTrigger/ReeveTrigger.node';

export { shutdownEngine, type NodeRun } from '../../../../test-support/n8n/engine';
export type { TriggerHarness, WebhookCall } from '../../../../test-support/n8n/trigger';

/** The values of the Reeve API credential. */
export interface ReeveTestCredentials {
	sessionToken: string;
	baseUrl: string;
	brandId?: string;
}

const trigger = new ReeveTrigger();

export const reevePackage: N8nPackageUnderTest = {
	packageName: 'n8n-nodes-reeve',
	credential: new ReeveApi(),
	nodes: { reeve: new Reeve(), reeveTrigger: trigger },
};

export const engine = n8nEngine<ReeveTestCredentials>(reevePackage);

/** Runs the Reeve node once, in the engine. */
export async function runReeveNode(options: Omit<RunOptions<ReeveTestCredentials>, 'type'>): Promise<NodeRun> {
	return await engine.runNode({ ...options, type: 'n8n-nodes-reeve.reeve' });
}

export async function testCredential(credentials: ReeveTestCredentials): Promise<CredentialTestResult> {
	return await testCredentialOf(reevePackage, engine, credentials);
}

export const { triggerWorkflow, checkExists, activate, deactivate, deliver } = triggerDriver(engine, 'n8n-nodes-reeve.reeveTrigger', trigger);
