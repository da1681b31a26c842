/**
 * The published builds (tsup: ESM + CJS + .d.ts) load in plain Node without the `pack-source` condition: `@reevo/client`
 * as a user installs it, and each subpath of `@integration-pack/core`, none of which but `machine/axios` pulls in an HTTP
 * library. `npm test` builds first; alone, run `npm run build -w @integration-pack/core -w @reevo/client`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const clientDir = path.join(__dirname, '..');
const coreDir = path.join(clientDir, '..', '..', 'shared');
const run = (args: string[]) => execFileSync(process.execPath, args, { cwd: clientDir, encoding: 'utf8' }).trim();
const loadsAxios = (specifier: string) => run(['-e', `require('${specifier}'); console.log(Object.keys(require.cache).some((file) => file.includes('/axios/')))`]);

beforeAll(() => {
  for (const dir of [clientDir, coreDir]) {
    if (!existsSync(path.join(dir, 'dist'))) throw new Error(`${path.relative(process.cwd(), dir)}/dist is missing: run \`npm run build -w @integration-pack/core -w @reevo/client\` first.`);
  }
});

describe('@reevo/client as built', () => {
  it('loads as CommonJS and as an ES module', () => {
    expect(run(['-e', `const c = require('@reevo/client'); console.log([typeof c.createReevoClient, c.operations.length, typeof c.verifyWebhook].join(' '))`])).toBe('function 22 function');
    const esm = run(['--input-type=module', '-e', `import { createReevoClient, catalog, signPayload } from '@reevo/client'; console.log(typeof createReevoClient, Object.keys(catalog).length, typeof signPayload);`]);
    expect(esm).toBe('function 10 function');
  });

  it('is self-contained: the core is bundled in, and only axios and zod are dependencies', () => {
    const manifest = JSON.parse(readFileSync(path.join(clientDir, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.keys(manifest.dependencies).sort()).toEqual(['axios', 'zod']);
    for (const file of ['index.js', 'index.mjs', 'index.d.ts', 'index.d.mts']) {
      expect({ file, importsCore: readFileSync(path.join(clientDir, 'dist', file), 'utf8').includes('@integration-pack/core') }).toEqual({ file, importsCore: false });
    }
    expect(loadsAxios('@reevo/client')).toBe('true');
  });
});

describe('@integration-pack/core as built', () => {
  const subpaths = ['machine', 'forms', 'reevo', 'reevo/api', 'reevo/webhooks'];

  it('loads every subpath, none of them with axios', () => {
    for (const subpath of subpaths) expect({ subpath, loadsAxios: loadsAxios(`@integration-pack/core/${subpath}`) }).toEqual({ subpath, loadsAxios: 'false' });
    expect(loadsAxios('@integration-pack/core/machine/axios')).toBe('true');
    const out = run(['-e', `const api = require('@integration-pack/core/reevo/api'); const w = require('@integration-pack/core/reevo/webhooks'); console.log(api.operations.length, typeof w.verifyWebhook)`]);
    expect(out).toBe('22 function');
  });

  it('ships type declarations for both formats', () => {
    for (const entry of ['machine/index', 'machine/axios', 'forms/index', 'reevo/index', 'reevo/api', 'reevo/webhooks']) {
      for (const extension of ['.d.ts', '.d.mts']) {
        const file = `${entry}${extension}`;
        expect({ file, exists: existsSync(path.join(coreDir, 'dist', file)) }).toEqual({ file, exists: true });
      }
    }
  });
});
