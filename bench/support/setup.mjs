/**
 * The benchmark-only tools (autocannon, Prism) live in bench/node_modules, installed from bench/package-lock.json
 * with `npm ci --prefix bench` the first time a benchmark runs; the workspace's own node_modules is never touched.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_DIR, REPO_DIR } from './paths.mjs';

export function ensureBenchTools() {
  if (existsSync(join(BENCH_DIR, 'node_modules', 'autocannon')) && existsSync(join(BENCH_DIR, 'node_modules', '.bin', 'prism'))) return;
  console.log('Installing the benchmark tools into bench/node_modules (npm ci --prefix bench)…');
  execFileSync('npm', ['ci', '--prefix', 'bench', '--no-audit', '--no-fund'], { cwd: REPO_DIR, stdio: 'inherit' });
}
