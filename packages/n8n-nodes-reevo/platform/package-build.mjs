// The build of a product's n8n package (n8n-nodes-reevo, n8n-nodes-reeve). n8n-node's own build is plain tsc, which
// cannot bundle workspace code: tsup bundles the generic n8n part, @integration-pack/core (the machine and the
// product's definition) and zod into dist, so the published package has no runtime dependency (n8n forbids them);
// n8n-workflow stays the host's.
import { cpSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'tsup';

/** `product` names the package's files: credentials/<P>Api.credentials.ts, nodes/<P>/<P>.node.ts, nodes/<P>Trigger/. */
export function n8nPackageBuild(product) {
  const nodes = [product, `${product}Trigger`];
  return defineConfig({
    entry: {
      [`credentials/${product}Api.credentials`]: `credentials/${product}Api.credentials.ts`,
      ...Object.fromEntries(nodes.map((node) => [`nodes/${node}/${node}.node`, `nodes/${node}/${node}.node.ts`])),
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
    // zod's `globalThis` becomes a module-local object: n8n's scan forbids the global (bundle-globals.ts says why this
    // is safe).
    define: { globalThis: 'bundleGlobals' },
    inject: [fileURLToPath(new URL('./bundle-globals.ts', import.meta.url))],
    esbuildOptions(options) {
      // Bundle the core's TypeScript source (its dist may not be built yet).
      options.conditions = ['pack-source'];
    },
    onSuccess: async () => {
      cpSync('icons', 'dist/icons', { recursive: true });
      for (const node of nodes) cpSync(`nodes/${node}/${node}.node.json`, `dist/nodes/${node}/${node}.node.json`);
    },
  });
}
