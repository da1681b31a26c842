/**
 * Every package that ships carries the project's MIT licence in what it packs (package.json says "MIT"; the LICENSE is
 * what grants it). A package ships when it is not private (npm) or declares `files` (the Zapier apps, pushed to Zapier).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const REPO_DIR = join(__dirname, '..');
const LICENSE = readFileSync(join(REPO_DIR, 'LICENSE'), 'utf8');

interface WorkspacePackage {
  name: string;
  private?: boolean;
  license?: string;
  files?: string[];
}

const workspaces = ['shared', ...readdirSync(join(REPO_DIR, 'packages')).map((name) => join('packages', name))];
const shipping = workspaces
  .map((dir) => ({ dir, json: JSON.parse(readFileSync(join(REPO_DIR, dir, 'package.json'), 'utf8')) as WorkspacePackage }))
  .filter(({ json }) => !json.private || json.files);

test('the shipping packages are the ones the pack publishes', () => {
  expect(shipping.map(({ json }) => json.name).sort()).toEqual(
    ['@integration-pack/core', '@integration-pack/mcp-server', '@reeve/client', '@reevo/client', 'n8n-nodes-reeve', 'n8n-nodes-reevo', 'reeve-zapier', 'reevo-zapier'].sort(),
  );
});

describe.each(shipping.map(({ dir, json }) => [json.name, dir, json] as const))('%s', (_name, dir, json) => {
  it('declares the MIT licence and its LICENSE is the project\'s', () => {
    expect(json.license).toBe('MIT');
    expect(readFileSync(join(REPO_DIR, dir, 'LICENSE'), 'utf8')).toBe(LICENSE);
  });

  it('packs the LICENSE', () => {
    const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: join(REPO_DIR, dir), stdio: ['ignore', 'pipe', 'pipe'] }).toString()) as Array<{ files: Array<{ path: string }> }>;
    expect(pack!.files.map((file) => file.path)).toContain('LICENSE');
  });
});
