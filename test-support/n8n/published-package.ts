/**
 * What n8n users install, for any n8n package of the pack: the packed package holds only dist and its metadata, has
 * no runtime dependency, and every node and credential it registers loads from dist with nothing but n8n-workflow
 * (and node's crypto). The nodes share one chunk holding the client and zod, so n8n compiles them once
 * (docs/benchmarks.md, cold load). The packed tarball passes n8n's verification scan (verification-scan.ts).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { scanPackedPackage } from './verification-scan';

export interface PublishedPackage {
  /** The package's folder, holding its package.json. */
  dir: string;
  /** Files dist must ship beside the registered ones (icons, codex files). */
  assets: readonly string[];
  /** What each registered class's `description.name` (nodes) or `name` (credentials) must match. */
  registeredName: RegExp;
}

interface N8nPackageJson {
  dependencies?: unknown;
  optionalDependencies?: unknown;
  peerDependencies?: unknown;
  files?: unknown;
  keywords?: string[];
  n8n: { credentials: string[]; nodes: string[] };
}

export function describePublishedPackage({ dir, assets, registeredName }: PublishedPackage): void {
  const packageJson = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as N8nPackageJson;
  const registered = [...packageJson.n8n.credentials, ...packageJson.n8n.nodes];

  beforeAll(() => {
    execFileSync('npx', ['tsup'], { cwd: dir, stdio: 'pipe' });
  });

  describe('the published package', () => {
    it('declares no runtime dependency, n8n-workflow as a "*" peer, and only dist as its files', () => {
      expect(packageJson.dependencies).toBeUndefined();
      expect(packageJson.optionalDependencies).toBeUndefined();
      expect(packageJson.peerDependencies).toEqual({ 'n8n-workflow': '*' });
      expect(packageJson.files).toEqual(['dist', 'LICENSE']);
      expect(packageJson.keywords).toContain('n8n-community-node-package');
    });

    it('packs only dist, the package.json, the README and the LICENSE', () => {
      const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] }).toString()) as Array<{ files: Array<{ path: string }> }>;
      const paths = pack!.files.map((file) => file.path);
      expect(paths.filter((path) => !path.startsWith('dist/')).sort()).toEqual(['LICENSE', 'README.md', 'package.json']);
      for (const entry of registered) expect(paths).toContain(entry);
      expect(paths).toEqual(expect.arrayContaining([...assets]));
    });

    it('bundles the client and zod: the files it ships require only n8n-workflow, crypto and each other', () => {
      const shipped = jsFilesIn(join(dir, 'dist'));
      expect(shipped.length).toBeGreaterThanOrEqual(registered.length);
      for (const file of shipped) {
        const required = [...readFileSync(file, 'utf8').matchAll(/require\(["']([^"']+)["']\)/g)].map((match) => match[1]!);
        for (const name of required) {
          if (name.startsWith('.')) expect(shipped).toContain(resolve(dirname(file), name));
          else expect(['n8n-workflow', 'crypto', 'node:crypto']).toContain(name);
        }
      }
    });

    it('loads every registered node and credential from dist', () => {
      for (const entry of registered) {
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- loading the bundle as n8n does
        const exported = Object.values(require(join(dir, entry)) as Record<string, new () => { description?: { name: string }; name?: string }>);
        expect(exported).toHaveLength(1);
        const instance = new exported[0]!();
        expect(instance.description?.name ?? instance.name).toMatch(registeredName);
      }
    });

    it("passes both legs of n8n's verification scan: its sources and its packed tarball", () => {
      const { source, tarball } = scanPackedPackage(dir);
      // The scanner's own report, so a failure names each rule and line.
      expect({ passed: source.passed, details: source.details }).toEqual({ passed: true, details: undefined });
      expect({ passed: tarball.passed, details: tarball.details }).toEqual({ passed: true, details: undefined });
    });

    it('ships the client and zod once, in a chunk the nodes share, not a copy per node', () => {
      const zodCopies = jsFilesIn(join(dir, 'dist')).filter((file) => readFileSync(file, 'utf8').includes('$ZodObject'));
      expect(zodCopies).toHaveLength(1);
    });
  });
}

function jsFilesIn(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return jsFilesIn(path);
    return entry.name.endsWith('.js') ? [path] : [];
  });
}
