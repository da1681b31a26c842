// The bin and the library, each one bundle: @integration-pack/core is bundled from its TypeScript source (a platform
// package has no runtime dependency on the workspace); the SDK, axios and zod stay dependencies. The contract
// documents are bundled as text.
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { cli: 'src/cli.ts', index: 'src/index.ts' },
  outDir: 'dist',
  format: ['cjs'],
  target: 'node20',
  platform: 'node',
  splitting: false,
  clean: true,
  dts: false,
  loader: { '.md': 'text' },
  noExternal: ['@integration-pack/core'],
  esbuildOptions(options) {
    options.conditions = ['pack-source'];
  },
});
