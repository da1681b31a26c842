/**
 * A tool call of the MCP server against the same call made directly with the typed client (Get Account, on the same
 * reference server): the MCP server in the bench process over the SDK's in-memory transport (what the MCP layer
 * adds: JSON-RPC, the tool lookup, the structured result, and the SDK client's check of it against the output
 * schema), and the built bin as a child process over stdio (what an agent's MCP client adds on top: pipes and a
 * second process). Rounds alternate so that drift on a noisy machine hits all three; each overhead is the ratio of
 * median time per call.
 */
import { join } from 'node:path';
import { forkServer, stop } from '../support/children.mjs';
import { BENCH_DIR, paths, requireFromRepo } from '../support/paths.mjs';
import { median, round } from '../support/stats.mjs';
import { writeResult } from '../support/results.mjs';
import { timeCalls } from '../support/timed-calls.mjs';

const { createReevoClient, EXAMPLE } = requireFromRepo(paths.client);
const { connectProducts, createMcpServer, serveApis } = requireFromRepo(paths.mcpServer);
const { Client } = requireFromRepo('@modelcontextprotocol/sdk/client/index.js');
const { InMemoryTransport } = requireFromRepo('@modelcontextprotocol/sdk/inMemory.js');
const { StdioClientTransport } = requireFromRepo('@modelcontextprotocol/sdk/client/stdio.js');

const CONCURRENCY = 20;
const CALLS_PER_ROUND = 2000;
const ROUNDS = 5;
const TOOL = 'reevo_accounts_get';

const timed = (call) => timeCalls(call, { calls: CALLS_PER_ROUND, concurrency: CONCURRENCY });

async function inProcessMcp(env) {
  const server = createMcpServer(serveApis(connectProducts(env)));
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await server.connect(serverSide);
  const client = new Client({ name: 'bench', version: '0' });
  await client.connect(clientSide);
  return client;
}

async function stdioMcp(env) {
  const client = new Client({ name: 'bench', version: '0' });
  await client.connect(new StdioClientTransport({ command: process.execPath, args: [paths.mcpBin], env: { PATH: process.env.PATH ?? '', ...env }, stderr: 'ignore' }));
  return client;
}

/** A tool call that fails loudly: a tool error would otherwise be timed as a fast success. */
const callTool = (client, args) => async () => {
  const result = await client.callTool({ name: TOOL, arguments: args });
  if (result.isError) throw new Error(`${TOOL} failed: ${JSON.stringify(result.content)}`);
  return result;
};

export async function runMcpOverhead(log = console.log) {
  const server = await forkServer(join(BENCH_DIR, 'servers/reference.mjs'));
  const env = { REEVO_API_KEY: server.key, REEVO_BASE_URL: server.baseUrl };
  const args = { account_id: EXAMPLE.accountId };
  const inProcess = await inProcessMcp(env);
  const stdio = await stdioMcp(env);
  try {
    const client = createReevoClient({ apiKey: server.key, baseUrl: server.baseUrl });
    const contenders = {
      client: () => client.accounts.get(args),
      mcpInProcess: callTool(inProcess, args),
      mcpStdio: callTool(stdio, args),
    };
    for (const call of Object.values(contenders)) await timed(call); // warm-up
    const samples = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
    for (let i = 0; i < ROUNDS; i += 1) {
      for (const [name, call] of Object.entries(contenders)) samples[name].push(await timed(call));
    }
    const perCallUs = Object.fromEntries(Object.entries(samples).map(([name, rounds]) => [name, round(median(rounds), 1)]));
    const overhead = { inProcess: round(perCallUs.mcpInProcess / perCallUs.client, 3), stdio: round(perCallUs.mcpStdio / perCallUs.client, 3) };
    log(`  per call: client ${perCallUs.client} µs, MCP in process ${perCallUs.mcpInProcess} µs (${overhead.inProcess}×), MCP over stdio ${perCallUs.mcpStdio} µs (${overhead.stdio}×)`);
    writeResult('mcp-overhead', { tool: TOOL, concurrency: CONCURRENCY, callsPerRound: CALLS_PER_ROUND, rounds: ROUNDS, perCallUs, samples, overhead });
    return { perCallUs, overhead };
  } finally {
    await inProcess.close();
    await stdio.close();
    await stop(server.child);
  }
}
