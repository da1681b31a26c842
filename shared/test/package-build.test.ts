/**
 * The published build (tsup: ESM + CJS + .d.ts) loads in plain Node without the `reevo-source` condition, and the
 * catalog subpath pulls in no HTTP library. `npm test` builds first; alone, run `npm run build -w @reevo/client`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const packageDir = path.join(__dirname, '..');
const run = (args: string[]) => execFileSync(process.execPath, args, { cwd: packageDir, encoding: 'utf8' }).trim();

beforeAll(() => {
  if (!existsSync(path.join(packageDir, 'dist', 'index.js'))) throw new Error('shared/dist is missing: run `npm run build -w @reevo/client` first.');
});

describe('the built package', () => {
  it('loads as CommonJS with every subpath', () => {
    const out = run(['-e', `
      const c = require('@reevo/client'); const cat = require('@reevo/client/catalog'); const w = require('@reevo/client/webhooks'); const core = require('@reevo/client/core');
      console.log([typeof c.createReevoClient, cat.operations.length, typeof w.verifyWebhook, typeof core.createReevoClient].join(' '));`]);
    expect(out).toBe('function 22 function function');
  });

  it('loads as an ES module', () => {
    const out = run(['--input-type=module', '-e', `
      import { createReevoClient, catalog } from '@reevo/client'; import { signPayload } from '@reevo/client/webhooks';
      console.log(typeof createReevoClient, Object.keys(catalog).length, typeof signPayload);`]);
    expect(out).toBe('function 10 function');
  });

  it('keeps axios out of the catalog, the webhooks, the machine and the core subpaths', () => {
    for (const subpath of ['catalog', 'webhooks', 'machine', 'core']) {
      const out = run(['-e', `require('@reevo/client/${subpath}'); console.log(Object.keys(require.cache).some((file) => file.includes('/axios/')))`]);
      expect({ subpath, loadsAxios: out }).toEqual({ subpath, loadsAxios: 'false' });
    }
    expect(run(['-e', `require('@reevo/client'); console.log(Object.keys(require.cache).some((file) => file.includes('/axios/')))`])).toBe('true');
  });

  it('ships type declarations for both formats', () => {
    for (const file of ['index.d.ts', 'index.d.mts', 'catalog/index.d.ts', 'webhooks/index.d.ts', 'machine/index.d.ts', 'core.d.ts']) {
      expect({ file, exists: existsSync(path.join(packageDir, 'dist', file)) }).toEqual({ file, exists: true });
    }
  });
});
