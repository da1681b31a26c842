/**
 * The README names every warning `npm ci` prints on the project's oldest Node, so a newcomer can tell that they are
 * expected: each package in the lockfile whose `engines.node` leaves out Node 20 warns `EBADENGINE` (optional ones are
 * skipped quietly). This fails when the lockfile gains such a package the README does not list, or loses one it does.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const REPO_DIR = join(__dirname, '..');
const OLDEST_NODE_MAJOR = 20;

interface LockedPackage {
  version?: string;
  optional?: boolean;
  engines?: { node?: string } | string[];
}

/**
 * Whether a range such as `>=24.0.0` or `^22.20 || ^24.12 || >=25` admits no Node 20: each alternative's lowest major
 * is above it. (A range with an upper bound below 20, or `^20.x` above 20.19, is not read that closely.)
 */
function excludesOldestNode(range: string): boolean {
  return range.split('||').every((alternative) => Number(/\d+/.exec(alternative)?.[0] ?? 0) > OLDEST_NODE_MAJOR);
}

test('the README lists exactly the packages that warn EBADENGINE on Node 20', () => {
  const lock = JSON.parse(readFileSync(join(REPO_DIR, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockedPackage> };
  const warning = Object.entries(lock.packages)
    .filter(([, locked]) => !locked.optional && !Array.isArray(locked.engines) && locked.engines?.node && excludesOldestNode(locked.engines.node))
    .map(([location, locked]) => `${location.slice(location.lastIndexOf('node_modules/') + 'node_modules/'.length)}@${locked.version}`);
  const readme = readFileSync(join(REPO_DIR, 'README.md'), 'utf8');
  const listed = [...readme.matchAll(/EBADENGINE Unsupported engine \{ package: '([^']+)'/g)].map((match) => match[1]);
  expect(listed.sort()).toEqual([...new Set(warning)].sort());
});

test.each([
  ['>=24.0.0', true],
  ['^22.20 || ^24.12 || >=25', true],
  ['>= 22', true],
  ['>=20.19', false],
  ['^18 || ^20 || >=22', false],
  ['>=14.0.0', false],
])('the range %s leaves out Node 20: %s', (range, excluded) => {
  expect(excludesOldestNode(range)).toBe(excluded);
});
