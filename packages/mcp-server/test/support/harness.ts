/**
 * An MCP client connected in process (the SDK's in-memory transport) to a server built from an environment, and a
 * reference server to point it at: a Reevo demo workspace with a full-access key, and a Reeve user with a session.
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { startReferenceServer, type ReferenceServerHandle, type TestWorkspace } from '@reevo/reference-server/testing';
import { connectProducts, createMcpServer, serveApis, type Environment } from '../../src/index';

export interface ReeveUser {
  id: string;
  defaultBrandId: string;
  token: string;
}

export interface Reference {
  server: ReferenceServerHandle;
  workspace: TestWorkspace;
  reeveUser: ReeveUser;
  /** The environment a user would configure for both products against this server. */
  env: Environment;
}

export async function startReference(): Promise<Reference> {
  const server = await startReferenceServer();
  const workspace = await server.createWorkspace({ seed: 'demo' });
  const reeveUser = await newReeveUser(server);
  const env = { REEVO_API_KEY: workspace.fullKey, REEVO_BASE_URL: server.baseUrl, REEVE_SESSION_TOKEN: reeveUser.token, REEVE_BASE_URL: server.baseUrl };
  return { server, workspace, reeveUser, env };
}

let users = 0;
export async function newReeveUser(server: ReferenceServerHandle): Promise<ReeveUser> {
  users += 1;
  const label = `${users}.${Math.random().toString(36).slice(2, 8)}`;
  const user = await server.admin<{ id: string; default_brand_id: string }>('POST', '/reeve/users', { email: `mcp.${label}@example.com`, name: `MCP User ${label}` });
  const { token } = await server.admin<{ token: string }>('POST', '/reeve/sessions', { user_id: user.id });
  return { id: user.id, defaultBrandId: user.default_brand_id, token };
}

/** An SDK client talking to a server built from `env`, in process. */
export async function connectInProcess(env: Environment): Promise<Client> {
  const server = createMcpServer(serveApis(connectProducts(env)));
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await server.connect(serverSide);
  const client = new Client({ name: 'mcp-server-tests', version: '0.0.0' });
  await client.connect(clientSide);
  return client;
}

export function textOf(result: CallToolResult): string {
  return result.content.map((part) => (part.type === 'text' ? part.text : '')).join('');
}

export async function callTool(client: Client, name: string, args: Record<string, unknown> = {}): Promise<CallToolResult> {
  return (await client.callTool({ name, arguments: args })) as CallToolResult;
}
