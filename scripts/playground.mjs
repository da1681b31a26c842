#!/usr/bin/env node
// Runs e2e/playground.ts (which reuses the end-to-end helpers) on plain Node: esbuild bundles it into e2e/.build/,
// one folder below e2e/ like the helpers, so their paths hold.
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const e2e = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'e2e');
const outfile = join(e2e, '.build', 'playground.cjs');
await build({
  entryPoints: [join(e2e, 'playground.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  conditions: ['pack-source'],
  logLevel: 'warning',
});
// Ctrl-C reaches the child too (same process group): it stops n8n and the server, then exits; we follow it.
const child = spawn(process.execPath, [outfile], { stdio: 'inherit' });
process.on('SIGINT', () => undefined);
process.on('SIGTERM', () => child.kill('SIGTERM'));
child.on('exit', (code) => process.exit(code ?? 0));
