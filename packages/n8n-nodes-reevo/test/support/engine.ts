/**
 * n8n's real execution engine in-process (test-support/n8n/engine.ts) bound to this package: a start node feeds the
 * test's items to one Reevo node, whose HTTP goes through n8n-core's real httpRequestWithAuthentication.
 */
import { n8nEngine, type N8nPackageUnderTest, type NodeRun, type RunOptions } from '../../../../test-support/n8n/engine';
import { ReevoApi } from '../../credentials/ReevoApi.credentials';
import { Reevo } from '../../nodes/Reevo/Reevo.node';
import { ReevoTrigger } from '../../nodes/ReevoTrigger/ReevoTrigger.node';
import type { ReevoTestCredentials } from './credentials';

export { shutdownEngine, type NodeRun } from '../../../../test-support/n8n/engine';

export const reevoPackage: N8nPackageUnderTest = {
	packageName: 'n8n-nodes-reevo',
	credential: new ReevoApi(),
	nodes: { reevo: new Reevo(), reevoTrigger: new ReevoTrigger() },
};

export const engine = n8nEngine<ReevoTestCredentials>(reevoPackage);

/** Runs the Reevo node (or the node `type` names) once, in the engine. */
export async function runReevoNode(options: Omit<RunOptions<ReevoTestCredentials>, 'type'> & { type?: string }): Promise<NodeRun> {
	return await engine.runNode({ ...options, type: options.type ?? 'n8n-nodes-reevo.reevo' });
}

/** A real n8n-core LoadOptionsContext for the Reevo node, as the editor uses for dropdowns and record lists. */
export function loadOptionsContext(credentials: ReevoTestCredentials, currentNodeParameters = {}) {
	return engine.loadOptionsContext('n8n-nodes-reevo.reevo', credentials, currentNodeParameters);
}
