/** Runs Redocly's `recommended` lint in a child Node process (it is ESM-only: see esm-child.ts). */
import path from 'node:path';
import { runEsmChild } from './esm-child';

export interface LintProblem {
  rule: string;
  severity: 'error' | 'warn';
  message: string;
  at: string[];
}

export function redoclyRecommendedProblems(document: unknown): LintProblem[] {
  return runEsmChild<LintProblem[]>(path.join(__dirname, 'redocly-lint-child.mjs'), document);
}
