/** What `npm run playground` prints once everything is up: where to go, how to log in, and every demo key. */
import type { DemoApiKey } from '../../fixtures/demo-workspace';

export interface PlaygroundInfo {
  n8nUrl: string;
  owner: { email: string; password: string };
  reevoUrl: string;
  /** The name of the ready n8n credential, and the demo key it holds. */
  credential: { name: string; key: DemoApiKey };
  keys: readonly DemoApiKey[];
  /** The example workflow with the Reevo Trigger, by the name n8n lists it under. */
  triggerWorkflow: string;
}

export function playgroundBanner(info: PlaygroundInfo): string {
  const width = Math.max(...info.keys.map((key) => key.name.length));
  const keys = info.keys.map((key) => `  ${key.name.padEnd(width)}  ${key.key}\n  ${''.padEnd(width)}  ${key.description}`).join('\n');
  return `
Reevo playground is ready.

  n8n editor        ${info.n8nUrl}
                    log in as ${info.owner.email} / ${info.owner.password}
  Reevo API         ${info.reevoUrl}  (reference server, demo workspace "Northwind")
  Reevo admin API   ${info.reevoUrl}/__admin/health, ${info.reevoUrl}/openapi.json

Demo API keys (public, for this demo workspace only):
${keys}

In n8n, the credential "${info.credential.name}" is ready (key ${info.credential.key.name}). Open one of the example
workflows, or add a Reevo node to a new workflow and pick any resource and operation. For the Reevo Trigger, open
the example
    ${info.triggerWorkflow}
publish it, then create an account (e.g. with the Reevo node or curl) and watch the execution appear. To see the
errors n8n shows, make a credential with another key above (Base URL ${info.reevoUrl}).

State lives in memory and in a temporary n8n folder: Ctrl-C stops both and forgets everything.`;
}
