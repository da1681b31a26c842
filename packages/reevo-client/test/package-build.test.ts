/**
 * The published build of `@reevo/client` (tsup: ESM + CJS + .d.ts) loads in plain Node without the `pack-source`
 * condition, as a user installs it: self-contained, with the core bundled in. `npm test` builds first; alone, run
 * `npm run build -w @reevo/client`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const clientDir = path.join(__dirname, '..');
const run = (args: string[]) => execFileSync(process.execPath, args, { cwd: clientDir, encoding: 'utf8' }).trim();
const loadsAxios = (specifier: string) => run(['-e', `require('${specifier}'); console.log(Object.keys(require.cache).some((file) => file.includes('/axios/')))`]);

beforeAll(() => {
  if (!existsSync(path.join(clientDir, 'dist'))) throw new Error('packages/reevo-client/dist is missing: run `npm run build -w @reevo/client` first.');
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
