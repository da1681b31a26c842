/**
 * `npm run fuzz`: the generated-request properties of packages/reference-server/test/robustness with many more
 * runs than CI's and a fresh seed (printed, so any failure replays with FUZZ_SEED=<seed>), then the count.
 * FUZZ_RUNS (default 12000) and FUZZ_SEED can be set.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_DIR, RESULTS_DIR } from './support/paths.mjs';

const runs = Number(process.env.FUZZ_RUNS ?? 12_000);
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
mkdirSync(RESULTS_DIR, { recursive: true });
const report = join(RESULTS_DIR, 'fuzz.json');

console.log(`Fuzzing the reference server with ${runs} generated requests, seed ${seed}…`);
const jest = spawnSync(
  process.execPath,
  [join(REPO_DIR, 'node_modules/jest/bin/jest.js'), '-c', 'packages/reference-server/jest.config.js', 'test/robustness/generated-requests', '--runInBand'],
  { cwd: REPO_DIR, stdio: 'inherit', env: { ...process.env, FUZZ_RUNS: String(runs), FUZZ_SEED: String(seed), FUZZ_REPORT: report } },
);
const tally = JSON.parse(readFileSync(report, 'utf8'));
console.log(`\n${tally.requests} generated requests sent (seed ${tally.seed}).`);
console.log(`By outcome: ${JSON.stringify(tally.byOutcome)}`);
console.log(`By status:  ${JSON.stringify(tally.byStatus)}`);
console.log(jest.status === 0 ? 'No 5xx, every error in an docs/reevo-api.md §3 envelope, every valid request answered as documented.' : `Failed: replay with FUZZ_SEED=${seed} FUZZ_RUNS=${runs} npm run fuzz.`);
process.exitCode = jest.status ?? 1;
