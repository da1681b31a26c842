// One bundle per entry: the CLI (`npm start`), the library and the test helper. @integration-pack/core is bundled from its
// TypeScript source (its dist may not be built); fastify and the other dependencies stay in node_modules.
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { cli: 'src/cli/main.ts', index: 'src/index.ts', testing: 'src/testing.ts' },
  outDir: 'dist',
  format: ['cjs'],
  target: 'node20',
  platform: 'node',
  splitting: false,
  // Everything but the dashboard, which its own build writes (tsup.dashboard.config.ts): building the server alone keeps it.
  clean: ['!dashboard/**'],
  dts: false,
  noExternal: ['@integration-pack/core'],
  esbuildOptions(options) {
    options.conditions = ['pack-source'];
  },
});
