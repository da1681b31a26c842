/** The workflow fixtures under e2e/fixtures/n8n and the credentials they name. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { E2E_ROOT } from './paths';
import type { N8nCredential } from './n8n';

export const WORKFLOWS = {
  accountsAndContacts: 'accounts-and-contacts',
  opportunityStage: 'opportunity-stage',
  missingPermission: 'missing-permission',
  accountTrigger: 'account-trigger',
} as const;

/** The Reeve package's workflows (not among the playground's Reevo examples). */
export const REEVE_WORKFLOWS = {
  connect: 'reeve-connect',
  paymentTrigger: 'reeve-payment-trigger',
} as const;

export function workflowFile(name: string): string {
  return join(E2E_ROOT, 'fixtures', 'n8n', `${name}.workflow.json`);
}

export interface WorkflowFixture {
  id: string;
  /** What n8n lists it as: the playground imports these as its example workflows. */
  name: string;
  nodes: Array<{ name: string; type: string; webhookId?: string; parameters: Record<string, unknown> }>;
}

export function readWorkflow(name: string): WorkflowFixture {
  return JSON.parse(readFileSync(workflowFile(name), 'utf8')) as WorkflowFixture;
}

/** The Reeve credential the Reeve fixtures reference: a user's session. */
export function reeveCredentials(baseUrl: string, sessionToken: string): N8nCredential[] {
  return [{ id: 'e2eReeveSession', name: 'Reeve (demo session)', type: 'reeveApi', data: { sessionToken, baseUrl, brandId: '' } }];
}

/** The credential ids the fixtures reference: a full-access key, and a key that can only read. */
export function reevoCredentials(baseUrl: string, keys: { full: string; readOnly?: string }): N8nCredential[] {
  const credential = (id: string, name: string, apiKey: string): N8nCredential => ({ id, name, type: 'reevoApi', data: { apiKey, baseUrl } });
  return [
    credential('e2eReevoFull', 'Reevo (full access)', keys.full),
    ...(keys.readOnly ? [credential('e2eReevoReadOnly', 'Reevo (read only)', keys.readOnly)] : []),
  ];
}
