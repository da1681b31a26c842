/**
 * The bin as an MCP client starts it: a child process over stdio (the built bundle; `npm test` builds before jest),
 * against a reference server on loopback. Both products, a happy call each, a permission error, and a start without
 * credentials that says what to set.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { catalogEntriesOf, type ApiDefinition } from '@integration-pack/core/machine';
import { reevoApi } from '@integration-pack/core/reevo/api';
import { reeveApi } from '@integration-pack/core/reeve/api';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { callTool, startReference, textOf, type Reference } from './support/harness';

const BIN = join(__dirname, '..', 'bin', 'integration-pack-mcp.mjs');
const BUNDLE = join(__dirname, '..', 'dist', 'cli.js');

const operationsOf = (definition: ApiDefinition) => catalogEntriesOf(definition.catalog).length;

let reference: Reference;
let client: Client;
let stderr = '';

beforeAll(async () => {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run build -w @integration-pack/mcp-server\` first.`);
  reference = await startReference();
  const transport = new StdioClientTransport({ command: process.execPath, args: [BIN], env: { PATH: process.env.PATH ?? '', ...reference.env } as Record<string, string>, stderr: 'pipe' });
  transport.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  client = new Client({ name: 'mcp-server-stdio-test', version: '0.0.0' });
  await client.connect(transport);
});
afterAll(async () => {
  await client?.close();
  await reference?.server.close();
});

it('lists a tool for every operation of both products', async () => {
  const { tools } = await client.listTools();
  const reevo = operationsOf(reevoApi);
  const reeve = operationsOf(reeveApi);
  expect(tools.filter((tool) => tool.name.startsWith('reevo_'))).toHaveLength(reevo);
  expect(tools.filter((tool) => tool.name.startsWith('reeve_'))).toHaveLength(reeve);
  expect(stderr).toContain(`${reevo + reeve} tools of Reevo and Reeve on stdio`);
  // Credentials are never logged.
  expect(stderr).not.toContain(reference.workspace.fullKey);
  expect(stderr).not.toContain(reference.reeveUser.token);
});

it('calls a Reevo tool and a Reeve tool', async () => {
  const users = await callTool(client, 'reevo_users_search', { email: 'alex.morgan@northwind.com' });
  expect(users.structuredContent).toEqual({ items: [expect.objectContaining({ email: 'alex.morgan@northwind.com' })] });
  const connected = await callTool(client, 'reeve_connections_connect_with_api_key', { provider: 'stripe', api_key: `sk_live_${'x'.repeat(24)}abcd` });
  expect(connected.structuredContent).toEqual({ connected: true, provider: 'stripe', account_name: expect.any(String) });
  const listed = await callTool(client, 'reeve_connections_list');
  expect(listed.structuredContent).toEqual({ connections: [expect.objectContaining({ provider: 'stripe', status: 'connected' })] });
});

it('answers a permission error as a tool error', async () => {
  const key = await reference.workspace.key(['users:read']);
  const limited = new Client({ name: 'mcp-server-stdio-test', version: '0.0.0' });
  await limited.connect(new StdioClientTransport({ command: process.execPath, args: [BIN], env: { PATH: process.env.PATH ?? '', REEVO_API_KEY: key, REEVO_BASE_URL: reference.server.baseUrl }, stderr: 'ignore' }));
  try {
    const result = await callTool(limited, 'reevo_tasks_create', { title: 'Call back', owner_email: 'alex.morgan@northwind.com' });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/Tasks Write/);
  } finally {
    await limited.close();
  }
});

it('exits 1 naming the variables to set when no credential is', async () => {
  const run = promisify(execFile)(process.execPath, [BIN], { env: { PATH: process.env.PATH ?? '' } });
  await expect(run).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/No product is configured: set REEVO_API_KEY .* or REEVE_SESSION_TOKEN/) });
});
