/**
 * The root README's client example, read from README.md itself, as a newcomer meets it after the README's own
 * commands: `npm start` builds the client, the example type-checks in a strict project of the user's own against the
 * built package (no source condition), and runs in Node against a reference server holding the demo workspace.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import { startReferenceServer, type ReferenceServerHandle } from '@reevo/reference-server/testing';
import { DEMO_WORKSPACE } from '../fixtures/demo-workspace';
import { createScratchProject, diagnosticsOf, type ScratchProject } from '../packages/reevo-client/test/helpers/scratch-project';

const REPO_DIR = join(__dirname, '..');
const README = readFileSync(join(REPO_DIR, 'README.md'), 'utf8');
const README_BASE_URL = "'http://127.0.0.1:4010'";

function readmeCodeBlock(heading: string, language: string): string {
  const section = README.split(/^## /m).find((part) => part.startsWith(`${heading}\n`));
  const block = section === undefined ? undefined : new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``).exec(section)?.[1];
  if (block === undefined) throw new Error(`README.md has no \`\`\`${language} block under "## ${heading}".`);
  return block;
}

let server: ReferenceServerHandle;
let project: ScratchProject | undefined;
beforeAll(async () => {
  server = await startReferenceServer();
});
afterAll(async () => {
  project?.remove();
  await server.close();
});

test('npm start builds the client that the example imports', () => {
  const { scripts } = JSON.parse(readFileSync(join(REPO_DIR, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const buildStep = scripts['start']?.split('&&')[0] ?? '';
  expect(buildStep).toMatch(/^npm run build( -w \S+)* -w @reevo\/client\b/);
});

test('the example type-checks against the built package and runs against the reference server', async () => {
  const example = readmeCodeBlock('Use the client', 'ts');
  // The example points at npm start's port; this server listens on a free one.
  expect(example.split(README_BASE_URL)).toHaveLength(2);
  project = createScratchProject({ 'example.ts': example.replace(README_BASE_URL, `'${server.baseUrl}'`) });

  const program = ts.createProgram([project.file('example.ts')], project.compilerOptions);
  expect(diagnosticsOf(program)).toEqual([]);
  expect(program.emit().emitSkipped).toBe(false);

  const workspace = await server.createWorkspace({ seed: 'demo' });
  const { stdout } = await promisify(execFile)(process.execPath, [project.file('example.js')], {
    cwd: project.dir,
    env: { ...process.env, REEVO_API_KEY: workspace.fullKey },
  });
  const [upserted, ...deals] = stdout.trim().split('\n');
  expect(upserted).toMatch(/^(Created|Updated) jane\.doe@acme\.com$/);
  const demoDeals = DEMO_WORKSPACE.opportunities.filter((opportunity) => opportunity.status === 'DEAL').map((opportunity) => opportunity.display_name);
  expect(deals.sort()).toEqual(demoDeals.sort());
  expect(deals.length).toBeGreaterThan(0);
}, 60_000);
