/**
 * Every tool's happy path, in process against the reference server, from its operation's first catalog example:
 * a fresh Reevo demo workspace (which has the examples' records) and a fresh Reeve user for each. The SDK client
 * checks each `structuredContent` against the tool's output schema, so a wrong schema fails here too.
 */
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { catalogEntriesOf, type ApiDefinition, type OperationSpec } from '@integration-pack/core/machine';
import { reevoApi, type OperationId } from '@integration-pack/core/reevo/api';
import { reeveApi, type ReeveOperationId } from '@integration-pack/core/reeve/api';
import { toolName } from '../src/index';
import { callTool, connectInProcess, newReeveUser, startReference, textOf, type Reference } from './support/harness';

/** What a test may do first through the tools, and the input it then calls with. */
type Arrange = (client: Client, example: Record<string, unknown>) => Promise<Record<string, unknown>>;

/** The reference server delivers only to this machine (its README), so a created subscription points at loopback. */
const LOOPBACK_HOOK = 'https://127.0.0.1:9/hooks';

async function structured(client: Client, name: string, args: Record<string, unknown>): Promise<Record<string, unknown>> {
  const result = await callTool(client, name, args);
  if (result.isError) throw new Error(`${name} failed while arranging: ${textOf(result)}`);
  return result.structuredContent as Record<string, unknown>;
}

/** Approves an OAuth provider's consent through the fake provider, as the user's browser would; answers the redirect's query. */
async function approvedRedirect(client: Client, provider: string): Promise<Record<string, string>> {
  const { auth_url: authUrl } = await structured(client, 'reeve_connections_get_authorization_url', { provider });
  const consent = new URL(authUrl as string);
  consent.searchParams.set('decision', 'approve');
  const redirect = await fetch(consent, { redirect: 'manual' });
  return Object.fromEntries(new URL(redirect.headers.get('location')!).searchParams);
}

/** Examples that name records a fresh workspace or user does not have: the record is made first, through the tools. */
const REEVO_ARRANGE: Partial<Record<OperationId, Arrange>> = {
  createWebhook: async (_client, example) => ({ ...example, url: LOOPBACK_HOOK }),
  getWebhook: async (client) => ({ webhook_id: (await structured(client, 'reevo_webhooks_create', { url: LOOPBACK_HOOK, events: ['account.created'] })).id }),
  deleteWebhook: async (client) => ({ webhook_id: (await structured(client, 'reevo_webhooks_create', { url: LOOPBACK_HOOK, events: ['account.created'] })).id }),
};

const REEVE_ARRANGE: Partial<Record<ReeveOperationId, Arrange>> = {
  completeAuthorization: async (client, example) => ({ ...(await approvedRedirect(client, example.provider as string)), provider: example.provider }),
  disconnectProvider: async (client, example) => {
    await structured(client, 'reeve_connections_complete_authorization', { ...(await approvedRedirect(client, example.provider as string)), provider: example.provider });
    return example;
  },
  createWebhook: async (_client, example) => ({ ...example, url: LOOPBACK_HOOK }),
  deleteWebhook: async (client) => ({ id: (await structured(client, 'reeve_webhooks_create', { url: LOOPBACK_HOOK, events: ['connection.connected'] })).id }),
};

function exampleInput(operation: OperationSpec): Record<string, unknown> {
  const request = operation.examples[0]?.request ?? {};
  return { ...request.params, ...request.query, ...request.body };
}

let reference: Reference;
beforeAll(async () => {
  reference = await startReference();
});
afterAll(() => reference.server.close());

async function freshClient(prefix: string): Promise<Client> {
  if (prefix === 'reevo') {
    const workspace = await reference.server.createWorkspace({ seed: 'demo' });
    return connectInProcess({ REEVO_API_KEY: workspace.fullKey, REEVO_BASE_URL: reference.server.baseUrl });
  }
  const user = await newReeveUser(reference.server);
  return connectInProcess({ REEVE_SESSION_TOKEN: user.token, REEVE_BASE_URL: reference.server.baseUrl });
}

const CASES: [string, ApiDefinition, Partial<Record<string, Arrange>>][] = [
  ['reevo', reevoApi, REEVO_ARRANGE],
  ['reeve', reeveApi, REEVE_ARRANGE],
];

it("passes on an OAuth provider's own redirect parameters to Complete Authorization", async () => {
  const client = await freshClient('reeve');
  try {
    const redirect = await approvedRedirect(client, 'meta');
    const result = await callTool(client, 'reeve_connections_complete_authorization', { provider: 'meta', ...redirect, granted_scopes: 'ads_read' });
    expect(result.structuredContent).toEqual({ connected: true, provider: 'meta', account_name: expect.any(String) });
  } finally {
    await client.close();
  }
});

describe.each(CASES)('every %s tool', (prefix, definition, arrange) => {
  const entries = catalogEntriesOf(definition.catalog);

  it.each(entries.map((entry) => [toolName(prefix, entry.group, entry.name), entry.operation] as const))('%s answers its example', async (name, operation) => {
    const client = await freshClient(prefix);
    try {
      const example = exampleInput(operation);
      const input = (await arrange[operation.operationId]?.(client, example)) ?? example;
      const result = await callTool(client, name, input);
      expect([name, result.isError ?? false, textOf(result).slice(0, 300)]).toEqual([name, false, expect.any(String)]);
      const documented = operation.examples[0]?.response.body;
      if (!operation.response) {
        expect(result.structuredContent).toBeUndefined();
        expect(textOf(result)).toBe(`Done: ${operation.summary} succeeded.`);
      } else if (Array.isArray(documented)) {
        expect(Array.isArray(result.structuredContent?.items)).toBe(true);
        expect(JSON.parse(textOf(result))).toEqual(result.structuredContent);
      } else {
        // The answer has the fields the catalog's example documents (values differ: ids, times).
        expect(Object.keys(result.structuredContent!).sort()).toEqual(expect.arrayContaining(Object.keys(documented as object)));
        expect(JSON.parse(textOf(result))).toEqual(result.structuredContent);
      }
    } finally {
      await client.close();
    }
  });

  it('arranges only operations of the catalog', () => {
    const ids = entries.map(({ operation }) => operation.operationId);
    expect(Object.keys(arrange).filter((id) => !ids.includes(id))).toEqual([]);
  });
});
