/**
 * Drives a package's webhook trigger through n8n-core's real HookContext and WebhookContext, the way n8n activates a
 * workflow (checkExists, then create when it answers false), deactivates it (delete) and hands it a request.
 */
import { HookContext, WebhookContext } from 'n8n-core';
import {
  Workflow,
  type IDataObject,
  type INode,
  type INodeType,
  type IWebhookData,
  type IWebhookResponseData,
  type IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import type { N8nEngine } from './engine';

type WebhookTrigger = Required<Pick<INodeType, 'webhook' | 'webhookMethods'>> & INodeType;

export interface TriggerSetup<Credentials extends object> {
  credentials: Credentials;
  /** Where n8n would serve webhooks; the tests point it at a recording receiver. */
  webhookBaseUrl: string;
  parameters: IDataObject;
  /** The node's webhookId: n8n keeps it for the node's life, so the same id means the same webhook URL. */
  webhookId?: string;
}

export interface TriggerHarness {
  workflow: Workflow;
  node: INode;
  data: IWorkflowExecuteAdditionalData;
  staticData(): IDataObject;
}

export interface WebhookCall {
  result: IWebhookResponseData;
  /** What the trigger wrote itself (a 401), if anything. */
  response: { status?: number; body?: unknown };
}

/** The trigger's hooks and webhook bound to one node type of a package (`n8n-nodes-reevo.reevoTrigger`). */
export function triggerDriver<Credentials extends object>(engine: N8nEngine<Credentials>, type: string, trigger: WebhookTrigger) {
  const description = trigger.description.webhooks![0]!;
  const hooks = trigger.webhookMethods.default!;

  function triggerWorkflow(setup: TriggerSetup<Credentials>): TriggerHarness {
    const node: INode = {
      id: 'trigger',
      name: trigger.description.defaults.name ?? trigger.description.displayName,
      type,
      typeVersion: 1,
      position: [0, 0],
      webhookId: setup.webhookId ?? '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
      parameters: setup.parameters as INode['parameters'],
      credentials: engine.nodeCredentials,
    };
    const workflow = new Workflow({ id: 'wf-trigger', name: 'Trigger test', nodes: [node], connections: {}, active: true, nodeTypes: engine.nodeTypes, staticData: {} });
    const data = {
      ...engine.additionalData(setup.credentials),
      webhookBaseUrl: `${setup.webhookBaseUrl}/webhook`,
      webhookTestBaseUrl: `${setup.webhookBaseUrl}/webhook-test`,
    } as IWorkflowExecuteAdditionalData;
    return { workflow, node, data, staticData: () => workflow.getStaticData('node', node) };
  }

  /** What n8n hands the trigger about its one webhook, for the hooks and for a delivery alike. */
  function webhookDataOf(harness: TriggerHarness, data: IWorkflowExecuteAdditionalData, isTest?: boolean): IWebhookData {
    return {
      httpMethod: 'POST',
      node: harness.node.name,
      path: description.path as string,
      webhookDescription: description,
      workflowId: harness.workflow.id,
      workflowExecuteAdditionalData: data,
      webhookId: harness.node.webhookId,
      ...(isTest === undefined ? {} : { isTest }),
    };
  }

  function hookContext(harness: TriggerHarness, isTest: boolean): HookContext {
    const webhookData = webhookDataOf(harness, harness.data, isTest);
    return new HookContext(harness.workflow, harness.node, harness.data, isTest ? 'manual' : 'trigger', isTest ? 'manual' : 'activate', webhookData);
  }

  async function checkExists(harness: TriggerHarness, isTest = false): Promise<boolean> {
    return await hooks.checkExists.call(hookContext(harness, isTest));
  }

  /** What n8n does on activation: create only when checkExists says there is nothing to reuse. */
  async function activate(harness: TriggerHarness, isTest = false): Promise<'reused' | 'created'> {
    const context = hookContext(harness, isTest);
    if (await hooks.checkExists.call(context)) return 'reused';
    await hooks.create.call(context);
    return 'created';
  }

  async function deactivate(harness: TriggerHarness, isTest = false): Promise<boolean> {
    return await hooks.delete.call(hookContext(harness, isTest));
  }

  /** Hands webhook() a request as n8n's webhook server would: parsed body plus the raw bytes. */
  async function deliver(harness: TriggerHarness, request: { headers: Record<string, string>; body: string }): Promise<WebhookCall> {
    const response: WebhookCall['response'] = {};
    const res = {
      status(code: number) {
        response.status = code;
        return res;
      },
      json(body: unknown) {
        response.body = body;
        return res;
      },
      end() {
        return res;
      },
    };
    const req = { method: 'POST', headers: request.headers, body: JSON.parse(request.body) as unknown, rawBody: Buffer.from(request.body), query: {}, params: {} };
    const data = { ...harness.data, httpRequest: req, httpResponse: res } as unknown as IWorkflowExecuteAdditionalData;
    const context = new WebhookContext(harness.workflow, harness.node, data, 'webhook', webhookDataOf(harness, data), [], null);
    return { result: await trigger.webhook.call(context), response };
  }

  return { triggerWorkflow, checkExists, activate, deactivate, deliver };
}
