/**
 * The app Zapier runs is the tsup bundle behind index.js: it must load with zapier-platform-core as its only
 * dependency and pass Zapier's schema validation. Built here into a temporary folder, so the test never depends
 * on a stale dist, and loaded from a folder whose only module is zapier-platform-core (what the CLI installs).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

const packageDir = join(__dirname, '..');

describe('the built app', () => {
  let outDir: string;
  beforeAll(() => {
    outDir = mkdtempSync(join(tmpdir(), 'reevo-zapier-'));
    execFileSync(process.execPath, [require.resolve('tsup/dist/cli-default.js'), '--out-dir', outDir, '--silent'], { cwd: packageDir, stdio: 'pipe' });
    mkdirSync(join(outDir, 'node_modules'));
    symlinkSync(corePackageDir(), join(outDir, 'node_modules', 'zapier-platform-core'), 'dir');
  });
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('requires nothing but zapier-platform-core and Node built-ins', () => {
    const code = readFileSync(join(outDir, 'index.js'), 'utf8');
    const required = new Set([...code.matchAll(/require\("([^"]+)"\)/g)].map((match) => match[1]));
    expect([...required].filter((name) => !name!.startsWith('node:') && !['crypto', 'util', 'http', 'https', 'url', 'stream'].includes(name!))).toEqual(['zapier-platform-core']);
  });

  it("loads and passes Zapier's schema validation", () => {
    const script = `const zapier=require('zapier-platform-core');const app=require('./index.js').default;` +
      `zapier.createAppHandler(app)({command:'validate'}).then(r=>{process.stdout.write('RESULT'+JSON.stringify({results:r.results,creates:Object.keys(app.creates).length}))})`;
    const output = execFileSync(process.execPath, ['-e', script], { cwd: outDir, encoding: 'utf8' });
    expect(JSON.parse(output.slice(output.indexOf('RESULT') + 'RESULT'.length))).toEqual({ results: [], creates: 9 });
  });
});

/** Core's `exports` hide its package.json, so walk up from its entry to the package folder. */
function corePackageDir(): string {
  let dir = dirname(realpathSync(require.resolve('zapier-platform-core')));
  while (basename(dir) !== 'zapier-platform-core') dir = dirname(dir);
  return dir;
}
