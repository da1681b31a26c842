#!/usr/bin/env node
// Prepares the end-to-end run: installs e2e/ from its own lockfile (install scripts off, as in the workspace) (skipped when already installed from this exact
// lockfile), compiles sqlite3's native binding (the one install step n8n needs, done here since install scripts stay
// off), and builds the packages the platforms load (the MCP server's bin among them).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const e2e = join(root, 'e2e');
const stamp = join(e2e, 'node_modules', '.reevo-e2e-installed');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(command, args, options = {}) {
  console.log(`> ${command} ${args.join(' ')}`);
  execFileSync(command, args, { cwd: root, stdio: 'inherit', ...options });
}

function lockfileHash() {
  return createHash('sha256').update(readFileSync(join(e2e, 'package-lock.json'))).update(process.version).digest('hex');
}

/** npm's bundled node-gyp; headers from the Node install itself when it has them (no download). */
function buildSqlite() {
  const npmCli = process.env.npm_execpath;
  const nodeGyp = npmCli ? join(dirname(npmCli), '..', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js') : '';
  if (!existsSync(nodeGyp)) throw new Error("Cannot find npm's node-gyp: run this through npm (npm run test:e2e).");
  const nodeDir = resolve(dirname(process.execPath), '..');
  const headers = existsSync(join(nodeDir, 'include', 'node', 'common.gypi')) ? [`--nodedir=${nodeDir}`] : [];
  run(process.execPath, [nodeGyp, 'rebuild', '-j', '2', ...headers], { cwd: join(e2e, 'node_modules', 'sqlite3') });
}

const started = Date.now();
const hash = lockfileHash();
if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) {
  console.log('e2e/node_modules is up to date with e2e/package-lock.json: skipping the install.');
} else {
  // Not `npm ci`: the registry this project reaches lacks the darwin and win32 builds of msgpackr-extract (404), so
  // `npm ci` calls the committed lockfile out of sync. `install --no-save` installs exactly that lockfile, never
  // rewrites it, and skips the optional builds it cannot fetch.
  run(npm, ['install', '--prefix', 'e2e', '--no-save', '--ignore-scripts', '--no-audit', '--no-fund']);
  buildSqlite();
  writeFileSync(stamp, hash);
  console.log(`Installed the e2e platforms in ${Math.round((Date.now() - started) / 1000)} s.`);
}
run(npm, ['run', 'build', '-w', '@reevo/reference-server', '-w', 'n8n-nodes-reevo', '-w', 'n8n-nodes-reeve', '-w', 'reevo-zapier', '-w', 'reeve-zapier', '-w', '@integration-pack/mcp-server']);
