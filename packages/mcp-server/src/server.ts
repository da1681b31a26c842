/**
 * The MCP server over the connected products: their tools (one per catalog operation) and resources. Built on the
 * SDK's low-level `Server`, not `McpServer`: the tools' JSON Schemas come from the catalog, and the typed client
 * validates input with the catalog's zod schemas, so a refusal carries the client's message (docs/decisions.md).
 */
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import {
  CallToolRequestSchema,
  ErrorCode,
  ListResourcesRequestSchema,
  ListToolsRequestSchema,
  McpError,
  ReadResourceRequestSchema,
  type CallToolResult,
  type Tool,
} from '@modelcontextprotocol/sdk/types.js';
import type { ClientBase } from '@integration-pack/core/machine';
import { version } from '../package.json';
import type { ConnectedProduct } from './products/index';
import { resourcesOf, type ProductResource } from './resources';
import { apiToolsOf, type ApiTool } from './tools/api-tools';
import { errorResult, successResult } from './tools/tool-result';

export const SERVER_NAME = 'integration-pack-mcp';

interface BoundTool {
  tool: ApiTool;
  client: ClientBase;
}

/** What the server serves, built once per process: tool definitions, resources, and each tool's client. */
export interface ServedApis {
  tools: Map<string, BoundTool>;
  resources: Map<string, ProductResource>;
  /** The products' names, e.g. "Reevo and Reeve". */
  title: string;
  /** What an agent reads first: which tools act on what, and what every description and error says. */
  instructions: string;
}

export function serveApis(products: readonly ConnectedProduct[]): ServedApis {
  const tools = new Map<string, BoundTool>();
  const resources = new Map<string, ProductResource>();
  for (const { product, client } of products) {
    for (const tool of apiToolsOf(product.definition, product.prefix)) tools.set(tool.name, { tool, client });
    for (const resource of resourcesOf(product)) resources.set(resource.uri, resource);
  }
  const title = products.map(({ product }) => product.definition.name).join(' and ');
  const instructions = [
    ...products.map(({ product }) => `Tools named ${product.prefix}_* act on ${product.about}; ${product.prefix}://events lists its webhook event types and ${product.prefix}://contract is its API contract.`),
    "Each tool's description says what it needs (a permission, where the API has them) and how its results page.",
    'A failed call answers an error whose text names the field, permission or credential at fault, and the fix.',
  ].join(' ');
  return { tools, resources, title, instructions };
}

export function createMcpServer(served: ServedApis): Server {
  const server = new Server({ name: SERVER_NAME, title: served.title, version }, { capabilities: { tools: {}, resources: {} }, instructions: served.instructions });

  server.setRequestHandler(ListToolsRequestSchema, () => ({ tools: [...served.tools.values()].map(({ tool }) => listed(tool)) }));

  server.setRequestHandler(CallToolRequestSchema, async (request, extra): Promise<CallToolResult> => {
    const bound = served.tools.get(request.params.name);
    if (!bound) throw new McpError(ErrorCode.InvalidParams, `There is no tool named "${request.params.name}". List the tools to see their names.`);
    const input = request.params.arguments ?? {};
    try {
      const answer = await bound.client.call(bound.tool.operation, input, { signal: extra.signal });
      return successResult(bound.tool, answer, input);
    } catch (error) {
      return errorResult(error);
    }
  });

  server.setRequestHandler(ListResourcesRequestSchema, () => ({ resources: [...served.resources.values()].map(({ text: _text, ...resource }) => resource) }));

  server.setRequestHandler(ReadResourceRequestSchema, (request) => {
    const resource = served.resources.get(request.params.uri);
    if (!resource) throw new McpError(ErrorCode.InvalidParams, `There is no resource "${request.params.uri}". List the resources to see their URIs.`);
    return { contents: [{ uri: resource.uri, mimeType: resource.mimeType, text: resource.text }] };
  });

  return server;
}

function listed(tool: ApiTool): Tool {
  return {
    name: tool.name,
    title: tool.title,
    description: tool.description,
    inputSchema: tool.inputSchema,
    ...(tool.outputSchema ? { outputSchema: tool.outputSchema } : {}),
    annotations: tool.annotations,
  };
}
