import { defineConfig } from 'tsup';

// The published build: ESM + CJS + type declarations, one entry per public subpath (see package.json exports).
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    core: 'src/core.ts',
    'catalog/index': 'src/reevo/index.ts',
    'forms/index': 'src/forms/index.ts',
    'webhooks/index': 'src/reevo/webhooks/index.ts',
    'machine/index': 'src/machine/index.ts',
    'reeve-catalog/index': 'src/reeve/api.ts',
    'reeve/index': 'src/reeve/index.ts',
    'reeve-core/index': 'src/reeve/core.ts',
    'providers/index': 'src/providers/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  target: 'node20',
  platform: 'node',
  sourcemap: true,
  clean: true,
  splitting: true,
  outDir: 'dist',
  external: ['axios', 'zod'],
});
