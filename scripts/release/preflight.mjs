#!/usr/bin/env node
// Release preflight (run by .github/workflows/release.yml before anything is built or published): the pushed tag
// `vX.Y.Z` must be the version of every package the release ships, and every Zapier app must be registered with
// Zapier (its .zapierapprc holds the integration's id), so that a release never stops half published.
// Usage: node scripts/release/preflight.mjs <tag>; exits 1 naming each problem and its fix.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** The workspace packages a release ships: public ones go to npm, the Zapier apps (private to npm) to Zapier. */
function releasedPackages() {
  const dirs = ['shared', ...readdirSync(join(root, 'packages')).map((name) => join('packages', name))];
  return dirs
    .filter((dir) => existsSync(join(root, dir, 'package.json')))
    .map((dir) => ({ dir, manifest: readJson(join(root, dir, 'package.json')) }))
    .map(({ dir, manifest }) => ({
      dir,
      name: manifest.name,
      version: manifest.version,
      zapier: Boolean(manifest.dependencies?.['zapier-platform-core']),
      npm: manifest.private !== true,
    }))
    .filter((pkg) => pkg.npm || pkg.zapier);
}

function problems(tag) {
  const found = [];
  const version = /^v(\d+\.\d+\.\d+)$/.exec(tag ?? '')?.[1];
  if (!version) return [`The tag "${tag ?? ''}" is not a version tag: push a tag named v<major>.<minor>.<patch>, e.g. v1.2.0 (no pre-release suffix: npm would make it every package's latest).`];
  for (const pkg of releasedPackages()) {
    if (pkg.version !== version) {
      found.push(`${pkg.name} (${pkg.dir}/package.json) is version ${pkg.version}, the tag says ${version}: set every released package's version to ${version} (RELEASING.md, step 1).`);
    }
    if (pkg.zapier) {
      const rcFile = join(root, pkg.dir, '.zapierapprc');
      const rc = existsSync(rcFile) ? readJson(rcFile) : {};
      if (!Number.isInteger(rc.id)) {
        found.push(`${pkg.name} is not registered with Zapier: ${relative(root, rcFile)} has no "id". Run \`zapier register\` in ${pkg.dir} once and commit its .zapierapprc (RELEASING.md, "Once per Zapier app").`);
      }
    }
  }
  return found;
}

const found = problems(process.argv[2]);
if (found.length > 0) {
  for (const problem of found) console.error(problem);
  process.exit(1);
}
console.log(`Release ${process.argv[2]}: ${releasedPackages().map((pkg) => pkg.name).join(', ')}.`);
