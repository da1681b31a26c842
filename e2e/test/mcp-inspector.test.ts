/**
 * The MCP server driven by an independent client, the MCP Inspector's CLI (`@modelcontextprotocol/inspector-cli`),
 * against the reference server: over stdio (the Inspector starts the built bin) and over Streamable HTTP (the bin
 * started with --http), it lists the tools and calls one.
 */
import { catalogEntriesOf, type ApiDefinition } from '@integration-pack/core/machine';
import { reevoApi } from '@integration-pack/core/reevo/api';
import { reeveApi } from '@integration-pack/core/reeve/api';
import { startReferenceServer, type ReferenceServerHandle, type TestWorkspace } from '@reevo/reference-server/testing';
import { MCP_INSPECTOR_CLI_BIN, MCP_SERVER_BIN, E2E_ROOT } from '../support/paths';
import { freePort } from '../support/ports';
import { runCommand, Service, waitFor } from '../support/processes';

const operationCount = (definition: ApiDefinition) => catalogEntriesOf(definition.catalog).length;

let server: ReferenceServerHandle;
let workspace: TestWorkspace;
let reeveToken: string;

beforeAll(async () => {
  server = await startReferenceServer();
  workspace = await server.createWorkspace({ seed: 'demo', name: 'MCP E2E' });
  const user = await server.admin<{ id: string }>('POST', '/reeve/users', { email: 'mcp.e2e@example.com', name: 'MCP E2E' });
  reeveToken = (await server.admin<{ token: string }>('POST', '/reeve/sessions', { user_id: user.id })).token;
});
afterAll(() => server?.close());

const serverEnv = () => ({ REEVO_API_KEY: workspace.fullKey, REEVO_BASE_URL: server.baseUrl, REEVE_SESSION_TOKEN: reeveToken, REEVE_BASE_URL: server.baseUrl });

/**
 * Runs the Inspector in CLI mode and parses the JSON it prints. Its cwd is e2e/: inspector-cli 1.0.3 looks for
 * `../package.json` from the working directory but imports it from its own folder, so it needs a cwd whose parent
 * holds a package.json (the repo root does).
 */
async function inspect(target: readonly string[], method: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<Record<string, unknown>> {
  const result = await runCommand(process.execPath, [MCP_INSPECTOR_CLI_BIN, '--cli', ...target, ...method], { cwd: E2E_ROOT, env: { ...process.env, ...env }, timeoutMs: 60_000 });
  if (result.code !== 0) throw new Error(`The MCP Inspector failed (exit ${result.code}${result.timedOut ? ', timed out' : ''}):\n${result.stderr}\n${result.stdout}`);
  return JSON.parse(result.stdout) as Record<string, unknown>;
}

describe('over stdio, the Inspector starting the bin', () => {
  const target = () => [...Object.entries(serverEnv()).flatMap(([key, value]) => ['-e', `${key}=${value}`]), process.execPath, MCP_SERVER_BIN];

  it('lists a tool for every operation of both products', async () => {
    const { tools } = (await inspect(target(), ['--method', 'tools/list'])) as { tools: { name: string; inputSchema: { type: string } }[] };
    const names = tools.map((tool) => tool.name);
    expect(names).toEqual(expect.arrayContaining(['reevo_account_contact_upsert', 'reevo_accounts_search', 'reeve_connections_list', 'reeve_webhooks_create']));
    expect(names.filter((name) => name.startsWith('reevo_'))).toHaveLength(operationCount(reevoApi));
    expect(names.filter((name) => name.startsWith('reeve_'))).toHaveLength(operationCount(reeveApi));
    for (const tool of tools) expect(tool.inputSchema.type).toBe('object');
  });

  it('calls a search and gets the demo user, as structured content', async () => {
    const result = await inspect(target(), ['--method', 'tools/call', '--tool-name', 'reevo_users_search', '--tool-arg', 'email=alex.morgan@northwind.com']);
    expect(result.isError ?? false).toBe(false);
    expect(result.structuredContent).toEqual({ items: [expect.objectContaining({ email: 'alex.morgan@northwind.com', first_name: 'Alex' })] });
  });

  it('answers a failure as a tool error with the client’s message', async () => {
    const key = await workspace.key(['accounts:read']);
    const env = ['-e', `REEVO_API_KEY=${key}`, '-e', `REEVO_BASE_URL=${server.baseUrl}`, process.execPath, MCP_SERVER_BIN];
    const result = await inspect(env, ['--method', 'tools/call', '--tool-name', 'reevo_accounts_create', '--tool-arg', 'name=Initech']);
    expect(result.isError).toBe(true);
    expect(JSON.stringify(result.content)).toMatch(/Accounts Write/);
  });
});

describe('over Streamable HTTP, the bin started with --http', () => {
  let mcp: Service;
  let url: string;

  beforeAll(async () => {
    const port = await freePort();
    url = `http://127.0.0.1:${port}/mcp`;
    mcp = new Service('mcp-server', process.execPath, [MCP_SERVER_BIN, '--http', '--port', String(port)], { env: { ...process.env, ...serverEnv() } });
    await waitFor('the MCP server to listen', async () => (mcp.logs().includes(url) ? true : undefined), { timeoutMs: 30_000, service: mcp });
  });
  afterAll(() => mcp?.stop());

  it('lists the tools and calls one', async () => {
    const { tools } = (await inspect([url, '--transport', 'http'], ['--method', 'tools/list'])) as { tools: { name: string }[] };
    expect(tools.map((tool) => tool.name)).toContain('reeve_connections_list');
    const result = await inspect([url, '--transport', 'http'], ['--method', 'tools/call', '--tool-name', 'reeve_connections_list']);
    expect(result.structuredContent).toEqual({ connections: [] });
  });
});
