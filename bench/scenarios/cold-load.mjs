/**
 * Cold load of the built platform packages: each is required in a fresh Node process, timed inside that process
 * around require(). The host's own runtime (zapier-platform-core, n8n-workflow) is already loaded when a platform
 * loads an app or a community package, so the headline figure preloads it outside the timer; the figure with the
 * runtime, and the process's whole wall time, are kept too. Plus the bundle sizes, raw and gzipped.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { REPO_DIR, paths } from '../support/paths.mjs';
import { median, round } from '../support/stats.mjs';
import { writeResult } from '../support/results.mjs';

const RUNS = 7;

const PACKAGES = {
  zapier: { runtime: 'zapier-platform-core', files: [paths.zapierApp], dist: paths.zapierDist },
  n8n: {
    runtime: 'n8n-workflow',
    files: ['credentials/ReevoApi.credentials.js', 'nodes/Reevo/Reevo.node.js', 'nodes/ReevoTrigger/ReevoTrigger.node.js'].map((file) => join(paths.n8nDist, file)),
    dist: paths.n8nDist,
  },
};

/** Milliseconds to require `files` in a fresh process, with `preload` required first, outside the timer. */
function loadOnce(files, preload) {
  const script = [
    "const { performance } = require('node:perf_hooks');",
    preload ? `require(${JSON.stringify(preload)});` : '',
    `const t = performance.now(); for (const f of ${JSON.stringify(files)}) require(f);`,
    'process.stdout.write(String(performance.now() - t));',
  ].join(' ');
  const started = performance.now();
  const inside = Number(execFileSync(process.execPath, ['-e', script], { cwd: REPO_DIR, encoding: 'utf8' }));
  return { requireMs: inside, processMs: performance.now() - started };
}

function sizes(dir) {
  const files = [];
  const walk = (folder) => {
    for (const entry of readdirSync(folder)) {
      const path = join(folder, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith('.js')) files.push(path);
    }
  };
  walk(dir);
  const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
  const gzipBytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0);
  return { files: files.map((file) => relative(REPO_DIR, file)), bytes, gzipBytes };
}

export async function runColdLoad(log = console.log) {
  const figures = {};
  for (const [name, { runtime, files, dist }] of Object.entries(PACKAGES)) {
    loadOnce(files); // the first run also warms the OS file cache, as any later cold start would find it
    const own = Array.from({ length: RUNS }, () => loadOnce(files, runtime));
    const withRuntime = Array.from({ length: RUNS }, () => loadOnce(files));
    figures[name] = {
      runtime,
      requireMs: round(median(own.map((run) => run.requireMs)), 1),
      withRuntimeMs: round(median(withRuntime.map((run) => run.requireMs)), 1),
      processMs: round(median(withRuntime.map((run) => run.processMs)), 1),
      ...sizes(dist),
    };
    const f = figures[name];
    log(`  ${name.padEnd(7)} require ${f.requireMs} ms (${runtime} preloaded; ${f.withRuntimeMs} ms with it, process ${f.processMs} ms), ${round(f.bytes / 1024, 0)} KiB, ${round(f.gzipBytes / 1024, 0)} KiB gzipped`);
  }
  writeResult('cold-load', { runs: RUNS, figures, target: { requireMs: 150 } });
  return figures;
}
