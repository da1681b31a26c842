import { defineConfig } from 'tsup';

// The published build: ESM + CJS + type declarations, one entry per public subpath (see package.json exports).
export default defineConfig({
  entry: {
    'machine/index': 'src/machine/index.ts',
    'machine/axios': 'src/machine/axios-transport.ts',
    'forms/index': 'src/forms/index.ts',
    'reevo/index': 'src/reevo/index.ts',
    'reevo/api': 'src/reevo/api.ts',
    'reevo/webhooks': 'src/reevo/webhooks/index.ts',
    'reeve/index': 'src/reeve/index.ts',
    'reeve/api': 'src/reeve/api.ts',
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
