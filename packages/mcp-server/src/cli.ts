/**
 * The bin: serves over stdio by default, or Streamable HTTP with `--http`. Configuration is the environment's
 * (README); stdout belongs to the MCP protocol in stdio mode, so everything else goes to stderr.
 */
import { parseArgs } from 'node:util';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { startHttpServer } from './http';
import { ConfigurationError, connectProducts } from './products/index';
import { createMcpServer, SERVER_NAME, serveApis } from './server';

const USAGE = `Usage: ${SERVER_NAME} [--http [--host 127.0.0.1] [--port 3333]]

Serves every operation of the Reevo and Reeve APIs as MCP tools, over stdio by default.
Environment: REEVO_API_KEY, REEVO_BASE_URL, REEVE_SESSION_TOKEN, REEVE_BASE_URL, REEVE_BRAND; with --http beyond
loopback, MCP_BEARER_TOKEN.`;

export async function main(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<void> {
  const { values } = parseArgs({
    args: [...argv],
    options: { http: { type: 'boolean' }, host: { type: 'string' }, port: { type: 'string' }, help: { type: 'boolean' } },
    strict: true,
  });
  if (values.help) return void console.log(USAGE);
  const served = serveApis(connectProducts(env));
  if (!values.http) {
    await createMcpServer(served).connect(new StdioServerTransport());
    console.error(`${SERVER_NAME}: ${served.tools.size} tools of ${served.title} on stdio.`);
    return;
  }
  const port = Number(values.port ?? '3333');
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigurationError(`--port must be a port number from 0 to 65535, not "${values.port}".`);
  const handle = await startHttpServer(served, { host: values.host ?? '127.0.0.1', port, ...(env.MCP_BEARER_TOKEN ? { bearerToken: env.MCP_BEARER_TOKEN } : {}) });
  console.error(`${SERVER_NAME}: ${served.tools.size} tools of ${served.title} at ${handle.url}`);
}

main(process.argv.slice(2), process.env).catch((error: unknown) => {
  // A configuration or argument error is the user's to fix: its message alone, no stack.
  const known = error instanceof ConfigurationError || (error as { code?: string })?.code?.startsWith('ERR_PARSE_ARGS');
  console.error(`${SERVER_NAME}: ${known ? (error as Error).message : String((error as Error)?.stack ?? error)}`);
  if (known) console.error(USAGE);
  process.exitCode = 1;
});
