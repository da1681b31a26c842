/**
 * The Zapier CLI (zapier-platform-cli 19, which needs Node 22) on a built app (Reevo's or Reeve's). The app is staged in a temp folder,
 * as a published app would be: its package files plus the production dependency closure copied from the
 * workspace's node_modules. So `build` writes its zips there, not into the package, and finds core where it expects it.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { NODE22_BIN, ZAPIER_APP_DIR, ZAPIER_CLI_BIN } from './paths';
import { runCommand, type CommandResult } from './processes';

interface PackageJson {
  dependencies?: Record<string, string>;
  files?: string[];
  scripts?: Record<string, string>;
}

const readPackage = (dir: string) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PackageJson;

/** Where node would find `name` from `fromDir`: the nearest node_modules/<name> going up. */
function findPackageDir(name: string, fromDir: string): string {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dir === dirname(dir)) throw new Error(`Cannot find the Zapier app's dependency ${name} from ${fromDir}: run npm ci at the repository root.`);
  }
}

/** Copies `name` and everything it depends on, flattened into `target/node_modules` (nested copies come along). */
function copyDependencyClosure(dependencies: Record<string, string>, fromDir: string, target: string, seen = new Set<string>()): void {
  for (const name of Object.keys(dependencies)) {
    if (seen.has(name)) continue;
    seen.add(name);
    const source = findPackageDir(name, fromDir);
    cpSync(source, join(target, 'node_modules', name), { recursive: true, dereference: true });
    copyDependencyClosure(readPackage(source).dependencies ?? {}, source, target, seen);
  }
}

export class StagedZapierApp {
  readonly dir = mkdtempSync(join(tmpdir(), 'reevo-e2e-zapier-'));

  /** `appDir`: the package of the app (the Reevo app by default; the Reeve app is packages/zapier-reeve). */
  constructor(appDir: string = ZAPIER_APP_DIR) {
    const manifest = readPackage(appDir);
    for (const entry of [...(manifest.files ?? []), '.zapierapprc']) cpSync(join(appDir, entry), join(this.dir, entry), { recursive: true });
    // dist/ is already built: without this the CLI's build would rerun tsup, which is not in the staged copy.
    delete manifest.scripts;
    writeFileSync(join(this.dir, 'package.json'), JSON.stringify(manifest, null, 2));
    copyDependencyClosure(manifest.dependencies ?? {}, appDir, this.dir);
  }

  /** `zapier-platform <args>` on Node 22 in the staged app, offline: no analytics, no update check. */
  async cli(args: readonly string[], env: Record<string, string> = {}, timeoutMs = 180_000): Promise<CommandResult> {
    return await runCommand(NODE22_BIN, [ZAPIER_CLI_BIN, ...args], {
      cwd: this.dir,
      timeoutMs,
      env: {
        PATH: `${dirname(NODE22_BIN)}:${process.env.PATH ?? ''}`,
        HOME: this.dir,
        DISABLE_ZAPIER_ANALYTICS: '1',
        NO_UPDATE_NOTIFIER: '1',
        CI: 'true',
        ...env,
      },
    });
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

