#!/usr/bin/env node
// `npm run generate -w @integration-pack/core`: renders the declaration files of generated-types.ts from the catalog and writes
// them into src/. esbuild bundles the renderer (TypeScript) into .build/ first, as scripts/playground.mjs does.
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const shared = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(shared, '.build', 'generated-types.cjs');
await build({
  entryPoints: [join(shared, 'scripts', 'generated-types.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
const { renderGeneratedTypes } = createRequire(import.meta.url)(outfile);
for (const [file, text] of Object.entries(renderGeneratedTypes(shared))) {
  writeFileSync(join(shared, file), text);
  console.log(`Wrote shared/${file}`);
}
