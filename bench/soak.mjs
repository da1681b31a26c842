/** `npm run soak`: the mixed 60 s load at 50 connections; exits non-zero on any error. */
import { ensureBenchTools } from './support/setup.mjs';
import { stopAll } from './support/children.mjs';

ensureBenchTools();
const { runSoak } = await import('./scenarios/soak.mjs');
const figures = await runSoak();
await stopAll();
if (figures.errors !== 0) {
  console.error(`Soak failed: ${figures.errors} errors (non-2xx answers, socket errors or timeouts).`);
  process.exitCode = 1;
}
