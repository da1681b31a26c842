/**
 * n8n's verification scan of what ships, offline: `npm pack` the package, unpack the tarball, and run both legs of
 * @n8n/scan-community-package (the package's own sources, then the tarball's JS and package.json) in a child Node
 * process (it is ESM-only: see ../esm-child.ts). The scan's third requirement, npm provenance, is met by the release
 * workflow (RELEASING.md); it cannot be checked before publishing.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runEsmChild } from '../esm-child';

/** One leg's answer, as the scanner's `analyzePackage` gives it. */
export interface ScanLeg {
  passed: boolean;
  message?: string;
  /** ESLint's stylish report of the violations. */
  details?: string;
}

export interface ScanResult {
  source: ScanLeg;
  tarball: ScanLeg;
}

export function scanPackedPackage(packageDir: string): ScanResult {
  const work = mkdtempSync(path.join(tmpdir(), 'n8n-scan-'));
  try {
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: packageDir, stdio: ['ignore', 'pipe', 'pipe'] }).toString()) as Array<{ filename: string }>;
    const packedDir = path.join(work, 'package');
    mkdirSync(packedDir);
    execFileSync('tar', ['-xzf', path.join(work, packed!.filename), '-C', packedDir, '--strip-components=1']);
    return runEsmChild<ScanResult>(path.join(__dirname, 'scan-child.mjs'), { sourceDir: packageDir, packedDir }, {
      // jest sets NODE_ENV=test, which puts eslint-plugin-n8n-nodes-base into its own rule-test mode (fake file names);
      // the scan runs as the n8n's scanner does, without it.
      env: { ...process.env, NODE_ENV: 'production' },
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
