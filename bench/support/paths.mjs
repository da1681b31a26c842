/** Where the built artefacts the benchmarks load live (`npm run bench` builds them first). */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BENCH_DIR = dirname(dirname(fileURLToPath(import.meta.url)));
export const REPO_DIR = dirname(BENCH_DIR);
export const RESULTS_DIR = join(BENCH_DIR, 'results');

export const paths = {
  referenceServer: join(REPO_DIR, 'packages/reference-server/dist/index.js'),
  openapi: join(REPO_DIR, 'packages/reference-server/openapi.json'),
  client: join(REPO_DIR, 'packages/reevo-client/dist/index.js'),
  catalog: join(REPO_DIR, 'shared/dist/reevo/api.js'),
  webhooks: join(REPO_DIR, 'shared/dist/reevo/webhooks.js'),
  zapierApp: join(REPO_DIR, 'packages/zapier/index.js'),
  zapierDist: join(REPO_DIR, 'packages/zapier/dist'),
  n8nDist: join(REPO_DIR, 'packages/n8n-nodes-reevo/dist'),
  mcpServer: join(REPO_DIR, 'packages/mcp-server/dist/index.js'),
  mcpBin: join(REPO_DIR, 'packages/mcp-server/bin/integration-pack-mcp.mjs'),
  prism: join(BENCH_DIR, 'node_modules/.bin/prism'),
};

/** require() for the workspace's CommonJS builds and its node_modules (fastify, zod, axios). */
export const requireFromRepo = createRequire(join(REPO_DIR, 'package.json'));
