// The build of both Zapier apps (reevo-zapier, reeve-zapier). The Zapier CLI builds from `index.js` and struggles with
// workspaces: tsup bundles @integration-pack/core (the machine and the product's definition), the generic Zapier
// platform of packages/zapier/src/platform/ and zod into dist, so an app's only runtime dependency is
// zapier-platform-core.
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  outDir: 'dist',
  format: ['cjs'],
  target: 'node20',
  platform: 'node',
  splitting: false,
  clean: true,
  dts: false,
  // Zapier loads the app on every cold start: a minified bundle compiles about a quarter faster (see docs/benchmarks.md).
  minify: true,
  // Error classes are named from their constructors (ReevoPermissionError, ReeveSessionExpiredError…): keep those
  // names through minification.
  keepNames: true,
  external: ['zapier-platform-core'],
  noExternal: ['@integration-pack/core', 'zod'],
  esbuildOptions(options) {
    // Bundle the core's TypeScript source (its dist may not be built yet).
    options.conditions = ['pack-source'];
  },
});
