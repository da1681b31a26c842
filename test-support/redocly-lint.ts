/** Runs Redocly's `recommended` lint in a child Node process (see redocly-lint-child.mjs for why). */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export interface LintProblem {
  rule: string;
  severity: 'error' | 'warn';
  message: string;
  at: string[];
}

export function redoclyRecommendedProblems(document: unknown): LintProblem[] {
  const out = execFileSync(process.execPath, [path.join(__dirname, 'redocly-lint-child.mjs')], { input: JSON.stringify(document), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(out) as LintProblem[];
}
