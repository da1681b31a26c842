// n8n-node build is plain tsc, which cannot bundle workspace code: tsup bundles @integration-pack/core (the machine and
// the Reevo definition) and zod into dist so the published package has no runtime dependency (n8n forbids them);
// n8n-workflow stays the host's.
import { cpSync } from 'node:fs';
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    'credentials/ReevoApi.credentials': 'credentials/ReevoApi.credentials.ts',
    'nodes/Reevo/Reevo.node': 'nodes/Reevo/Reevo.node.ts',
    'nodes/ReevoTrigger/ReevoTrigger.node': 'nodes/ReevoTrigger/ReevoTrigger.node.ts',
  },
  outDir: 'dist',
  format: ['cjs'],
  target: 'node20',
  platform: 'node',
  // Both nodes use the client and zod: splitting puts them in one shared chunk (dist/chunk-*.js) that n8n compiles
  // once, instead of a copy inside each node file; that halves the package's cold load (docs/benchmarks.md).
  splitting: true,
  clean: true,
  dts: false,
  external: ['n8n-workflow'],
  noExternal: ['@integration-pack/core', 'zod'],
  // zod's `globalThis` becomes a module-local object: n8n's scan forbids the global (platform/bundle-globals.ts says why
  // this is safe).
  define: { globalThis: 'bundleGlobals' },
  inject: ['platform/bundle-globals.ts'],
  esbuildOptions(options) {
    // Bundle the client's TypeScript source (its dist may not be built yet).
    options.conditions = ['pack-source'];
  },
  onSuccess: async () => {
    cpSync('icons', 'dist/icons', { recursive: true });
    cpSync('nodes/Reevo/Reevo.node.json', 'dist/nodes/Reevo/Reevo.node.json');
    cpSync('nodes/ReevoTrigger/ReevoTrigger.node.json', 'dist/nodes/ReevoTrigger/ReevoTrigger.node.json');
  },
});
