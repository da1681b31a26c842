/**
 * n8n's real execution engine in-process (n8n-core WorkflowExecute), the reduced NodeTestHarness of research/n8n.md
 * §4.2-B: a start node feeds the test's items to one Reevo node, whose HTTP goes through n8n-core's real
 * httpRequestWithAuthentication to the base URL in the credential.
 */
import { ExecutionLifecycleHooks, LoadOptionsContext, WorkflowExecute } from 'n8n-core';
import { SSHClientsManager } from 'n8n-core/dist/execution-engine/ssh-clients-manager';
import { Container } from 'n8n-core/node_modules/@n8n/di';
import {
	createRunExecutionData,
	NodeConnectionTypes,
	NodeHelpers,
	Workflow,
	type IDataObject,
	type INode,
	type INodeExecutionData,
	type INodeParameters,
	type INodeType,
	type INodeTypes,
	type IRun,
	type IWorkflowExecuteAdditionalData,
	type ExecutionError,
} from 'n8n-workflow';
import { ReevoApi } from '../../credentials/ReevoApi.credentials';
import { Reevo } from '../../nodes/Reevo/Reevo.node';
import { ReevoTrigger } from '../../nodes/ReevoTrigger/ReevoTrigger.node';
import { TestCredentialsHelper, type ReevoTestCredentials } from './credentials';

/** Hands on the items it is given: the stand-in for a manual trigger (nodes-base is not a dependency). */
class StartNode implements INodeType {
	description = {
		displayName: 'Start',
		name: 'start',
		group: ['input'],
		version: 1,
		description: 'Feeds test items',
		defaults: { name: 'Start' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		properties: [],
	} as INodeType['description'];

	async execute(this: import('n8n-workflow').IExecuteFunctions) {
		return [this.getInputData()];
	}
}

/**
 * n8n's credential tester runs a credential's test request as a one-property declarative node (routing through
 * n8n-core's RoutingNode); this is that node, for our credential.
 */
class CredentialTestNode implements INodeType {
	description = {
		displayName: 'Credential Test',
		name: 'credentialTest',
		group: ['transform'],
		version: 1,
		description: 'Runs the Reevo API credential test request',
		defaults: { name: 'Credential Test' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'reevoApi', required: true }],
		properties: [{ displayName: 'Temp', name: 'temp', type: 'string', default: '', routing: { request: new ReevoApi().test.request } }],
	} as INodeType['description'];
}

const types: Record<string, INodeType> = {
	'test.start': new StartNode(),
	'test.credentialTest': new CredentialTestNode(),
	'n8n-nodes-reevo.reevo': new Reevo(),
	'n8n-nodes-reevo.reevoTrigger': new ReevoTrigger(),
};

export const nodeTypes: INodeTypes = {
	getByName: (type) => types[type] as INodeType,
	getByNameAndVersion: (type, version) => NodeHelpers.getVersionedNodeType(types[type] as INodeType, version),
	getKnownTypes: () => ({}),
};

export function additionalData(credentials: ReevoTestCredentials, hooks?: ExecutionLifecycleHooks): IWorkflowExecuteAdditionalData {
	return {
		credentialsHelper: new TestCredentialsHelper(credentials),
		hooks,
		restApiUrl: 'http://127.0.0.1:5678/rest',
		instanceBaseUrl: 'http://127.0.0.1:5678/',
		formWaitingBaseUrl: 'http://127.0.0.1:5678/form-waiting',
		webhookBaseUrl: 'http://127.0.0.1:5678/webhook',
		webhookWaitingBaseUrl: 'http://127.0.0.1:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://127.0.0.1:5678/webhook-test',
		currentNodeExecutionIndex: 0,
		variables: {},
	} as unknown as IWorkflowExecuteAdditionalData;
}

export interface NodeRun {
	/** The Reevo node's output items (main output 0), or [] when it failed. */
	items: INodeExecutionData[];
	/** The Reevo node's error, when the run failed. */
	error: ExecutionError | undefined;
	run: IRun;
}

export interface RunOptions {
	credentials: ReevoTestCredentials;
	/** The node type under test (default the Reevo node). */
	type?: string;
	parameters: INodeParameters;
	/** The items the Reevo node receives (default: one empty item). */
	items?: IDataObject[];
	continueOnFail?: boolean;
}

const REEVO_NODE = 'Reevo';

export async function runReevoNode(options: RunOptions): Promise<NodeRun> {
	const start: INode = { id: 'start', name: 'Start', type: 'test.start', typeVersion: 1, position: [0, 0], parameters: {} };
	const reevo: INode = {
		id: 'reevo',
		name: REEVO_NODE,
		type: options.type ?? 'n8n-nodes-reevo.reevo',
		typeVersion: 1,
		position: [200, 0],
		parameters: options.parameters,
		credentials: { reevoApi: { id: '1', name: 'Reevo account' } },
		...(options.continueOnFail ? { onError: 'continueRegularOutput' as const } : {}),
	};
	const workflow = new Workflow({
		id: 'wf-test',
		name: 'Reevo engine test',
		nodes: [start, reevo],
		connections: { Start: { main: [[{ node: REEVO_NODE, type: NodeConnectionTypes.Main, index: 0 }]] } },
		active: false,
		nodeTypes,
		settings: { executionOrder: 'v1' },
	});
	const items = (options.items ?? [{}]).map((json) => ({ json }));
	const runData = createRunExecutionData({
		executionData: { nodeExecutionStack: [{ node: start, data: { main: [items] }, source: null }] },
	});
	const hooks = new ExecutionLifecycleHooks('manual', 'exec-test', {
		id: workflow.id,
		name: workflow.name,
		nodes: [start, reevo],
		connections: workflow.connectionsBySourceNode,
		active: false,
		isArchived: false,
		createdAt: new Date(),
		updatedAt: new Date(),
		activeVersionId: null,
	} as never);
	const run = await new WorkflowExecute(additionalData(options.credentials, hooks), 'manual', runData).processRunExecutionData(workflow);
	const task = run.data.resultData.runData[REEVO_NODE]?.[0];
	return { items: task?.data?.main?.[0] ?? [], error: task?.error, run };
}

/**
 * n8n-core starts a 60 s SSH-tunnel cleanup interval the first time a node runs, and only its shutdown hook clears
 * it; without this, jest never exits. Its DI container is n8n-core's own copy of @n8n/di, so it is reached there.
 */
export async function shutdownEngine(): Promise<void> {
	Container.get(SSHClientsManager).onShutdown();
}

/** A real n8n-core LoadOptionsContext for the Reevo node, as the editor uses for dropdowns and record lists. */
export function loadOptionsContext(credentials: ReevoTestCredentials, currentNodeParameters: INodeParameters = {}) {
	const node: INode = {
		id: 'reevo',
		name: REEVO_NODE,
		type: 'n8n-nodes-reevo.reevo',
		typeVersion: 1,
		position: [0, 0],
		parameters: currentNodeParameters,
		credentials: { reevoApi: { id: '1', name: 'Reevo account' } },
	};
	const workflow = new Workflow({ id: 'wf-options', name: 'Options', nodes: [node], connections: {}, active: false, nodeTypes });
	return new LoadOptionsContext(workflow, node, { ...additionalData(credentials), currentNodeParameters }, 'parameters');
}
