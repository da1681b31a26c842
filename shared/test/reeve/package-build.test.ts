/**
 * The Reeve subpaths of the published build (tsup: ESM + CJS + .d.ts) load in plain Node without the `reevo-source`
 * condition; only `reeve` pulls in axios. `npm test` builds first; alone, run `npm run build -w @reevo/client`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const packageDir = path.join(__dirname, '..', '..');
const run = (args: string[]) => execFileSync(process.execPath, args, { cwd: packageDir, encoding: 'utf8' }).trim();

beforeAll(() => {
  if (!existsSync(path.join(packageDir, 'dist', 'reeve', 'index.js'))) throw new Error('shared/dist/reeve is missing: run `npm run build -w @reevo/client` first.');
});

describe('the built Reeve subpaths', () => {
  it('load as CommonJS', () => {
    const out = run(['-e', `
      const r = require('@reevo/client/reeve'); const core = require('@reevo/client/reeve-core'); const cat = require('@reevo/client/reeve-catalog');
      console.log([typeof r.createReeveClient, typeof r.verifyReeveWebhook, typeof core.createReeveClient, cat.reeveOperations.length, Object.keys(cat.REEVE_PROVIDERS).length].join(' '));`]);
    expect(out).toBe('function function function 9 15');
  });

  it('load as ES modules', () => {
    const out = run(['--input-type=module', '-e', `
      import { createReeveClient, reeveApi } from '@reevo/client/reeve'; import { REEVE_EVENT_TYPES } from '@reevo/client/reeve-catalog';
      console.log(typeof createReeveClient, reeveApi.name, REEVE_EVENT_TYPES.length);`]);
    expect(out).toBe('function Reeve 13');
  });

  it('keep axios out of reeve-catalog and reeve-core', () => {
    for (const subpath of ['reeve-catalog', 'reeve-core']) {
      const out = run(['-e', `require('@reevo/client/${subpath}'); console.log(Object.keys(require.cache).some((file) => file.includes('/axios/')))`]);
      expect({ subpath, loadsAxios: out }).toEqual({ subpath, loadsAxios: 'false' });
    }
    expect(run(['-e', `require('@reevo/client/reeve'); console.log(Object.keys(require.cache).some((file) => file.includes('/axios/')))`])).toBe('true');
  });

  it('ship type declarations for both formats', () => {
    for (const file of ['reeve/index.d.ts', 'reeve/index.d.mts', 'reeve-core/index.d.ts', 'reeve-catalog/index.d.ts', 'reeve-catalog/index.d.mts']) {
      expect({ file, exists: existsSync(path.join(packageDir, 'dist', file)) }).toEqual({ file, exists: true });
    }
  });
});
