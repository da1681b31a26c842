/**
 * n8n's real execution engine in-process (n8n-core WorkflowExecute), the reduced NodeTestHarness of research/n8n.md
 * §4.2-B, for any n8n package of the pack: a start node feeds the test's items to one node of the package, whose HTTP
 * goes through n8n-core's real httpRequestWithAuthentication to the base URL in the credential. Each package binds
 * it to its nodes and credential once (its test/support/engine.ts).
 */
import { ExecutionLifecycleHooks, LoadOptionsContext, WorkflowExecute } from 'n8n-core';
import { SSHClientsManager } from 'n8n-core/dist/execution-engine/ssh-clients-manager';
import { Container } from 'n8n-core/node_modules/@n8n/di';
import {
  createRunExecutionData,
  NodeConnectionTypes,
  NodeHelpers,
  Workflow,
  type ExecutionError,
  type ICredentialDataDecryptedObject,
  type ICredentialType,
  type IDataObject,
  type IExecuteFunctions,
  type INode,
  type INodeExecutionData,
  type INodeParameters,
  type INodeType,
  type INodeTypes,
  type IRun,
  type IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { TestCredentialsHelper } from './credentials';

/** What a package's tests run: its credential type and its nodes by their names (`reevo`, `reevoTrigger`). */
export interface N8nPackageUnderTest {
  /** The npm name, n8n's prefix of the package's node types (`n8n-nodes-reevo`). */
  packageName: string;
  credential: ICredentialType;
  nodes: Readonly<Record<string, INodeType>>;
}

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

  async execute(this: IExecuteFunctions) {
    return [this.getInputData()];
  }
}

/**
 * n8n's credential tester runs a credential's test request as a one-property declarative node (routing through
 * n8n-core's RoutingNode); this is that node, for the package's credential.
 */
function credentialTestNode(credential: ICredentialType): INodeType {
  return {
    description: {
      displayName: 'Credential Test',
      name: 'credentialTest',
      group: ['transform'],
      version: 1,
      description: `Runs the ${credential.displayName} credential test request`,
      defaults: { name: 'Credential Test' },
      inputs: [NodeConnectionTypes.Main],
      outputs: [NodeConnectionTypes.Main],
      credentials: [{ name: credential.name, required: true }],
      properties: [{ displayName: 'Temp', name: 'temp', type: 'string', default: '', routing: { request: credential.test!.request } }],
    } as INodeType['description'],
  };
}

export const START_NODE = 'test.start';
export const CREDENTIAL_TEST_NODE = 'test.credentialTest';

export interface NodeRun {
  /** The node's output items (main output 0), or [] when it failed. */
  items: INodeExecutionData[];
  /** The node's error, when the run failed. */
  error: ExecutionError | undefined;
  run: IRun;
}

export interface RunOptions<Credentials extends object> {
  credentials: Credentials;
  /** The node type under test, e.g. `n8n-nodes-reevo.reevo`, or CREDENTIAL_TEST_NODE. */
  type: string;
  parameters: INodeParameters;
  /** The items the node receives (default: one empty item). */
  items?: IDataObject[];
  continueOnFail?: boolean;
}

const NODE_UNDER_TEST = 'Node Under Test';

/** The engine bound to one package: its node types, and how to run one node, fill a list or hand over credentials. */
export function n8nEngine<Credentials extends object>(pkg: N8nPackageUnderTest) {
  const types: Record<string, INodeType> = {
    [START_NODE]: new StartNode(),
    ...(pkg.credential.test ? { [CREDENTIAL_TEST_NODE]: credentialTestNode(pkg.credential) } : {}),
    ...Object.fromEntries(Object.entries(pkg.nodes).map(([name, node]) => [`${pkg.packageName}.${name}`, node])),
  };
  const nodeTypes: INodeTypes = {
    getByName: (type) => types[type] as INodeType,
    getByNameAndVersion: (type, version) => NodeHelpers.getVersionedNodeType(types[type] as INodeType, version),
    getKnownTypes: () => ({}),
  };
  const nodeCredentials = { [pkg.credential.name]: { id: '1', name: `${pkg.credential.displayName} account` } };

  function additionalData(credentials: Credentials, hooks?: ExecutionLifecycleHooks): IWorkflowExecuteAdditionalData {
    return {
      credentialsHelper: new TestCredentialsHelper(pkg.credential, credentials as ICredentialDataDecryptedObject),
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

  async function runNode(options: RunOptions<Credentials>): Promise<NodeRun> {
    const start: INode = { id: 'start', name: 'Start', type: START_NODE, typeVersion: 1, position: [0, 0], parameters: {} };
    const node: INode = {
      id: 'under-test',
      name: NODE_UNDER_TEST,
      type: options.type,
      typeVersion: 1,
      position: [200, 0],
      parameters: options.parameters,
      credentials: nodeCredentials,
      ...(options.continueOnFail ? { onError: 'continueRegularOutput' as const } : {}),
    };
    const workflow = new Workflow({
      id: 'wf-test',
      name: `${pkg.packageName} engine test`,
      nodes: [start, node],
      connections: { Start: { main: [[{ node: NODE_UNDER_TEST, type: NodeConnectionTypes.Main, index: 0 }]] } },
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
      nodes: [start, node],
      connections: workflow.connectionsBySourceNode,
      active: false,
      isArchived: false,
      createdAt: new Date(),
      updatedAt: new Date(),
      activeVersionId: null,
    } as never);
    const run = await new WorkflowExecute(additionalData(options.credentials, hooks), 'manual', runData).processRunExecutionData(workflow);
    const task = run.data.resultData.runData[NODE_UNDER_TEST]?.[0];
    return { items: task?.data?.main?.[0] ?? [], error: task?.error, run };
  }

  /** A real n8n-core LoadOptionsContext for a node of the package, as the editor uses for dropdowns and record lists. */
  function loadOptionsContext(type: string, credentials: Credentials, currentNodeParameters: INodeParameters = {}) {
    const node: INode = { id: 'under-test', name: NODE_UNDER_TEST, type, typeVersion: 1, position: [0, 0], parameters: currentNodeParameters, credentials: nodeCredentials };
    const workflow = new Workflow({ id: 'wf-options', name: 'Options', nodes: [node], connections: {}, active: false, nodeTypes });
    return new LoadOptionsContext(workflow, node, { ...additionalData(credentials), currentNodeParameters }, 'parameters');
  }

  return { nodeTypes, nodeCredentials, additionalData, runNode, loadOptionsContext };
}

export type N8nEngine<Credentials extends object> = ReturnType<typeof n8nEngine<Credentials>>;

/**
 * n8n-core starts a 60 s SSH-tunnel cleanup interval the first time a node runs, and only its shutdown hook clears
 * it; without this, jest never exits. Its DI container is n8n-core's own copy of @n8n/di, so it is reached there.
 */
export async function shutdownEngine(): Promise<void> {
  Container.get(SSHClientsManager).onShutdown();
}
