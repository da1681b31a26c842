import { defineConfig } from 'tsup';

// A self-contained package: the machine and the Reeve definition (@integration-pack/core) are bundled in, code and
// declarations, so a user installs one package named after the product it talks to. axios and zod stay dependencies.
export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: { resolve: true },
  tsconfig: 'tsconfig.build.json',
  target: 'node20',
  platform: 'node',
  sourcemap: true,
  clean: true,
  outDir: 'dist',
  external: ['axios', 'zod'],
  noExternal: ['@integration-pack/core'],
  esbuildOptions(options) {
    // Bundle the core's TypeScript source (its dist may not be built yet).
    options.conditions = ['pack-source'];
  },
});
