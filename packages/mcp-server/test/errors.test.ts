/**
 * Failures as tool errors (`isError`) carrying the client's message, in process against the reference server: the
 * missing permission and the fix, the invalid field, the missing required argument, the expired key or session.
 */
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { callTool, connectInProcess, newReeveUser, startReference, textOf, type Reference } from './support/harness';

let reference: Reference;
const clients: Client[] = [];
beforeAll(async () => {
  reference = await startReference();
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
});
afterAll(() => reference.server.close());

async function reevoWithKey(key: string): Promise<Client> {
  const client = await connectInProcess({ REEVO_API_KEY: key, REEVO_BASE_URL: reference.server.baseUrl });
  clients.push(client);
  return client;
}

async function reeveWithToken(token: string): Promise<Client> {
  const client = await connectInProcess({ REEVE_SESSION_TOKEN: token, REEVE_BASE_URL: reference.server.baseUrl });
  clients.push(client);
  return client;
}

async function failure(client: Client, name: string, args: Record<string, unknown>): Promise<string> {
  const result = await callTool(client, name, args);
  expect(result.isError).toBe(true);
  expect(result.structuredContent).toBeUndefined();
  return textOf(result);
}

describe('Reevo', () => {
  it('a missing permission names it and the fix', async () => {
    const client = await reevoWithKey(await reference.workspace.key(['accounts:read']));
    const text = await failure(client, 'reevo_accounts_create', { name: 'Initech' });
    expect(text).toMatch(/Accounts Write/);
    expect(text).not.toContain(reference.workspace.fullKey);
  });

  it('the extra permission a webhook event needs is named', async () => {
    const client = await reevoWithKey(await reference.workspace.key(['webhooks:write']));
    expect(await failure(client, 'reevo_webhooks_create', { url: 'https://127.0.0.1:9/hooks', events: ['contact.created'] })).toMatch(/Contacts Read/);
  });

  it('a missing required argument is named, and nothing is sent', async () => {
    const client = await reevoWithKey(reference.workspace.fullKey);
    const before = (await reference.workspace.journal()).length;
    const text = await failure(client, 'reevo_accounts_get', {});
    expect(text).toMatch(/not sent/);
    expect(text).toMatch(/account_id/);
    expect((await reference.workspace.journal()).length).toBe(before);
  });

  it('an invalid field is named', async () => {
    const client = await reevoWithKey(reference.workspace.fullKey);
    expect(await failure(client, 'reevo_accounts_search', { domain_name: 'acme.com', limit: 500 })).toMatch(/limit/);
  });

  it("a field the API refuses is named in the API's words", async () => {
    const client = await reevoWithKey(reference.workspace.fullKey);
    const text = await failure(client, 'reevo_opportunities_create', { display_name: 'Lost deal', account_id: '00000000-0000-4000-8000-000000000000' });
    expect(text).toMatch(/account/i);
  });

  it('an expired key says so', async () => {
    const key = await reference.workspace.key('all');
    await reference.workspace.expireKey(key);
    expect(await failure(await reevoWithKey(key), 'reevo_users_search', { email: 'alex.morgan@northwind.com' })).toMatch(/expired/i);
  });

  it('an argument the tool does not take is named by the client, and nothing is sent', async () => {
    const client = await reevoWithKey(reference.workspace.fullKey);
    const before = (await reference.workspace.journal()).length;
    const text = await failure(client, 'reevo_contacts_search', { email: 'jane.doe@acme.com' });
    expect(text).toMatch(/^This request is not valid, so it was not sent: email: is not a field of this operation/);
    expect((await reference.workspace.journal()).length).toBe(before);
  });

  it('an unknown tool is a protocol error naming it', async () => {
    const client = await reevoWithKey(reference.workspace.fullKey);
    await expect(callTool(client, 'reevo_accounts_destroy')).rejects.toThrow(/reevo_accounts_destroy/);
  });
});

describe('Reeve', () => {
  it('a revoked session says to sign in again', async () => {
    const user = await newReeveUser(reference.server);
    await reference.server.admin('POST', `/reeve/sessions/${encodeURIComponent(user.token)}/revoke`);
    expect(await failure(await reeveWithToken(user.token), 'reeve_connections_list', {})).toMatch(/session/i);
  });

  it('a field the API refuses is named', async () => {
    const user = await newReeveUser(reference.server);
    const text = await failure(await reeveWithToken(user.token), 'reeve_webhooks_create', { url: 'https://hooks.example.com/reeve', events: ['connection.connected'] });
    expect(text).toMatch(/^Reeve rejected the request: url: /);
  });

  it('a missing required argument is named', async () => {
    const user = await newReeveUser(reference.server);
    expect(await failure(await reeveWithToken(user.token), 'reeve_connections_connect_with_api_key', { provider: 'stripe' })).toMatch(/api_key/);
  });

  it('a brand the user is not in is a permission error', async () => {
    const user = await newReeveUser(reference.server);
    const client = await connectInProcess({ REEVE_SESSION_TOKEN: user.token, REEVE_BASE_URL: reference.server.baseUrl, REEVE_BRAND: 'brand_nobody' });
    clients.push(client);
    expect(await failure(client, 'reeve_connections_list', {})).toMatch(/brand/i);
  });
});
