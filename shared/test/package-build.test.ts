/**
 * The published build of `@integration-pack/core` (tsup: ESM + CJS + .d.ts) loads every subpath in plain Node
 * without the `pack-source` condition, and none but `machine/axios` pulls in an HTTP library. `npm test` builds
 * first; alone, run `npm run build -w @integration-pack/core`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const coreDir = path.join(__dirname, '..');
const run = (args: string[]) => execFileSync(process.execPath, args, { cwd: coreDir, encoding: 'utf8' }).trim();
const loadsAxios = (specifier: string) => run(['-e', `require('${specifier}'); console.log(Object.keys(require.cache).some((file) => file.includes('/axios/')))`]);

const SUBPATHS = ['machine', 'forms', 'reevo', 'reevo/api', 'reevo/webhooks', 'reeve', 'reeve/api', 'providers'];
const DIST_ENTRIES = ['machine/index', 'machine/axios', 'forms/index', 'reevo/index', 'reevo/api', 'reevo/webhooks', 'reeve/index', 'reeve/api', 'providers/index'];

beforeAll(() => {
  if (!existsSync(path.join(coreDir, 'dist'))) throw new Error('shared/dist is missing: run `npm run build -w @integration-pack/core` first.');
});

it('loads every subpath, none of them with axios', () => {
  for (const subpath of SUBPATHS) expect({ subpath, loadsAxios: loadsAxios(`@integration-pack/core/${subpath}`) }).toEqual({ subpath, loadsAxios: 'false' });
  expect(loadsAxios('@integration-pack/core/machine/axios')).toBe('true');
});

it('holds each product under its own subpaths, as CommonJS and as ES modules', () => {
  const cjs = run(['-e', `
    const reevo = require('@integration-pack/core/reevo/api'); const reeve = require('@integration-pack/core/reeve/api');
    const providers = require('@integration-pack/core/providers'); const w = require('@integration-pack/core/reevo/webhooks');
    console.log(reevo.operations.length, reeve.reeveOperations.length, Object.keys(reeve.REEVE_PROVIDERS).length, typeof providers.verifyStripeWebhook, typeof w.verifyWebhook)`]);
  expect(cjs).toBe('22 9 15 function function');
  const esm = run(['--input-type=module', '-e', `
    import { createReeveClient, reeveApi } from '@integration-pack/core/reeve'; import { REEVE_EVENT_TYPES } from '@integration-pack/core/reeve/api';
    console.log(typeof createReeveClient, reeveApi.name, REEVE_EVENT_TYPES.length);`]);
  expect(esm).toBe('function Reeve 13');
});

it('ships type declarations for both formats', () => {
  for (const entry of DIST_ENTRIES) {
    for (const extension of ['.d.ts', '.d.mts']) {
      const file = `${entry}${extension}`;
      expect({ file, exists: existsSync(path.join(coreDir, 'dist', file)) }).toEqual({ file, exists: true });
    }
  }
});
