import { defineConfig } from 'tsup';

/**
 * The build of a product's client package (`@reevo/client`, `@reeve/client`): self-contained, with the machine and
 * the product's definition (@integration-pack/core) bundled into its code and declarations, so a user installs one
 * package named after the product it talks to. axios and zod stay dependencies. The package's `tsconfig.build.json`
 * maps the core's subpaths it imports to their source, so the declaration bundler inlines them.
 */
export function productClientBuild() {
  return defineConfig({
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
}
