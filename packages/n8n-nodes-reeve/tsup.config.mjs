// As n8n-nodes-reevo's build: tsup bundles the generic n8n part (../n8n-nodes-reevo/platform, by relative path),
// @integration-pack/core (the machine and the Reeve definition) and zod into dist, so the published package has no
// runtime dependency (n8n forbids them); n8n-workflow stays the host's.
import { cpSync } from 'node:fs';
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    'credentials/ReeveApi.credentials': 'credentials/ReeveApi.credentials.ts',
    'nodes/Reeve/Reeve.node': 'nodes/Reeve/Reeve.node.ts',
    'nodes/ReeveTrigger/ReeveTrigger.node': 'nodes/ReeveTrigger/ReeveTrigger.node.ts',
  },
  outDir: 'dist',
  format: ['cjs'],
  target: 'node20',
  platform: 'node',
  // One shared chunk with the client and zod, compiled once by n8n, rather than a copy per node.
  splitting: true,
  clean: true,
  dts: false,
  external: ['n8n-workflow'],
  noExternal: ['@integration-pack/core', 'zod'],
  // zod's `globalThis` becomes a module-local object: n8n's scan forbids the global (platform/bundle-globals.ts says why
  // this is safe).
  define: { globalThis: 'bundleGlobals' },
  inject: ['../n8n-nodes-reevo/platform/bundle-globals.ts'],
  esbuildOptions(options) {
    options.conditions = ['pack-source'];
  },
  onSuccess: async () => {
    cpSync('icons', 'dist/icons', { recursive: true });
    cpSync('nodes/Reeve/Reeve.node.json', 'dist/nodes/Reeve/Reeve.node.json');
    cpSync('nodes/ReeveTrigger/ReeveTrigger.node.json', 'dist/nodes/ReeveTrigger/ReeveTrigger.node.json');
  },
});
