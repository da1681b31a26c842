/**
 * The contracts live in the repo (docs/reevo-api.md, docs/reeve-api.md) and everything cites them by repo-relative
 * path: a citation of a file beside the project, or of a development machine's absolute path, breaks for every reader
 * of a clone. Checked over every tracked text file.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..');
const TEXT_FILE = /\.(?:ts|mts|cts|js|mjs|cjs|md|json|yml|yaml)$/;
const GENERATED = /(?:^|\/)(?:package-lock\.json|openapi\.json)$|^bench\/results\//;

/** What a citation outside the repo looks like: the shared contracts by their old names, or an absolute machine path. */
const OUTSIDE_CITATIONS: readonly { name: string; pattern: RegExp }[] = [
  { name: 'the contract beside the project (cite docs/reevo-api.md or docs/reeve-api.md)', pattern: /(?<![\w/.-])(?:REEVE-)?API\.md/ },
  { name: 'a path above the repo', pattern: /\.\.\/(?:\.\.\/)*shared\/(?:API|REEVE-API|DESIGN)\.md/ },
  { name: "a development machine's absolute path", pattern: /\/work\/(?:main|shared|wt)\b/ },
];

/**
 * A relative path that climbs above the repo from the file that holds it. Judged from the file's place, since three
 * levels up is the repo's own shared/ from packages/x/test/ and outside the repo from a file at the root.
 */
function climbsAboveRepo(file: string, line: string): boolean {
  return [...line.matchAll(/(?<![\w.])((?:\.\.\/)+)/g)].some((match) => path.relative(root, path.resolve(root, path.dirname(file), match[1] ?? '')).startsWith('..'));
}

const trackedTextFiles = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' })
  .split('\n')
  .filter((file) => TEXT_FILE.test(file) && !GENERATED.test(file) && existsSync(path.join(root, file)));

describe('contract citations', () => {
  it('finds tracked files to check', () => {
    expect(trackedTextFiles.length).toBeGreaterThan(100);
  });

  it('cite nothing outside the repo', () => {
    const offences = trackedTextFiles.flatMap((file) =>
      readFileSync(path.join(root, file), 'utf8')
        .split('\n')
        .flatMap((line, index) => [
          ...OUTSIDE_CITATIONS.filter(({ pattern }) => pattern.test(line)).map(({ name }) => `${file}:${index + 1}: ${name}`),
          ...(climbsAboveRepo(file, line) ? [`${file}:${index + 1}: a relative path above the repo`] : []),
        ]),
    );
    expect(offences).toEqual([]);
  });

  it('cite contract documents that exist', () => {
    const cited = new Set(trackedTextFiles.flatMap((file) => [...readFileSync(path.join(root, file), 'utf8').matchAll(/docs\/(reev[eo]-api\.md)/g)].map((match) => match[1])));
    expect([...cited].sort()).toEqual(['reeve-api.md', 'reevo-api.md']);
    for (const document of cited) expect(existsSync(path.join(root, 'docs', document ?? ''))).toBe(true);
  });
});
