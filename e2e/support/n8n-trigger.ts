/**
 * What both trigger tests (Reevo's and Reeve's) ask of a published trigger workflow in a running n8n: its webhook
 * URL, its executions as n8n's REST API lists them, a delivery with a forged signature, and deactivation through
 * the REST API.
 */
import type { N8n } from './n8n';
import type { WorkflowFixture } from './n8n-fixtures';
import { waitFor } from './processes';
import { withLogs } from './reference';

export interface ExecutionSummary {
  id: string;
  mode: string;
  status: string;
}

export class TriggerWorkflow {
  private readonly webhookId: string;

  /** `nodeType`: the trigger's type in the fixture, e.g. `CUSTOM.reevoTrigger`. */
  constructor(
    private readonly n8n: () => N8n,
    readonly workflow: WorkflowFixture,
    nodeType: string,
  ) {
    const webhookId = workflow.nodes.find((node) => node.type === nodeType)?.webhookId;
    if (!webhookId) throw new Error(`The fixture "${workflow.name}" has no ${nodeType} node with a webhookId.`);
    this.webhookId = webhookId;
  }

  /** The trigger's production webhook URL, where the API delivers. */
  hookUrl(): string {
    return `${this.n8n().baseUrl}/webhook/${this.webhookId}/webhook`;
  }

  async executions(): Promise<ExecutionSummary[]> {
    const filter = encodeURIComponent(JSON.stringify({ workflowId: this.workflow.id }));
    return (await this.n8n().rest<{ results: ExecutionSummary[] }>('GET', `/executions?filter=${filter}`)).results;
  }

  /** Waits for n8n to list a successful run of the workflow, and gives every run it lists then. */
  async executionsOnceOneSucceeded(): Promise<ExecutionSummary[]> {
    return await waitFor(`n8n to record a successful run of "${this.workflow.name}"`, async () => {
      const list = await this.executions();
      return list.some((run) => run.status === 'success') ? list : undefined;
    }, { timeoutMs: 30_000 });
  }

  /** Posts `event` to the hook as a Standard Webhooks delivery whose signature no secret made. */
  async sendForged(event: Record<string, unknown>): Promise<Response> {
    return await fetch(this.hookUrl(), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'webhook-id': 'msg_forged',
        'webhook-timestamp': String(Math.floor(Date.now() / 1000)),
        'webhook-signature': 'v1,Zm9yZ2VkIHNpZ25hdHVyZQ==',
      },
      body: JSON.stringify(event),
    });
  }

  async deactivate(): Promise<{ active: boolean }> {
    return await this.n8n().rest<{ active: boolean }>('POST', `/workflows/${this.workflow.id}/deactivate`, {});
  }

  /** The test, with the tail of n8n's server log added to its failure. */
  logged(test: () => Promise<void>): () => Promise<void> {
    return withLogs('n8n', () => this.n8n().logs(), test);
  }
}
