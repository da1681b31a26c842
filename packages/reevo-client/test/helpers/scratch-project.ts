/**
 * A TypeScript project of a user's own, outside this repository's settings: `@reevo/client` installed from this
 * clone the way `npm install <clone>/packages/reevo-client` installs a folder (a symlink), so it resolves through the published
 * `dist` (no `pack-source` condition). Needs the built client (`npm run build -w @reevo/client`).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ts from 'typescript';

const PACKAGE_DIR = path.join(__dirname, '..', '..');
const REPO_DIR = path.join(PACKAGE_DIR, '..', '..');

export interface ScratchProject {
  dir: string;
  /** The absolute path of a file of the project. */
  file(name: string): string;
  /** What `tsc --init` would give a newcomer, strict, for Node's ES modules. */
  compilerOptions: ts.CompilerOptions;
  remove(): void;
}

export function createScratchProject(files: Record<string, string>): ScratchProject {
  if (!existsSync(path.join(PACKAGE_DIR, 'dist', 'index.d.mts'))) {
    throw new Error('packages/reevo-client/dist is missing: run `npm run build -w @reevo/client` first (npm start and npm test do).');
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'reevo-client-user-'));
  mkdirSync(path.join(dir, 'node_modules', '@reevo'), { recursive: true });
  symlinkSync(PACKAGE_DIR, path.join(dir, 'node_modules', '@reevo', 'client'), 'dir');
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return {
    dir,
    file: (name) => path.join(dir, name),
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      strict: true,
      skipLibCheck: true,
      // A user's project has its own @types/node; this one borrows the repository's.
      typeRoots: [path.join(REPO_DIR, 'node_modules', '@types')],
      types: ['node'],
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Every compiler diagnostic of the project's files, as `file(line,col): message` lines. */
export function diagnosticsOf(program: ts.Program): string[] {
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    if (!diagnostic.file || diagnostic.start === undefined) return message;
    const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    return `${path.basename(diagnostic.file.fileName)}(${line + 1},${character + 1}): ${message}`;
  });
}
