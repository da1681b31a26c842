/**
 * Reads the imports of a folder's TypeScript files as text, for the boundary tests that keep a generic folder free
 * of product imports (the Zapier app's src/platform/, the n8n package's platform/).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface ImportSite {
  /** The importing file, relative to `root`. */
  file: string;
  specifier: string;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : entry.name.endsWith('.ts') ? [path.join(dir, entry.name)] : [],
  );
}

/** Every `from '…'`, `import '…'` and `import('…')` of every file under `dir`. */
export function importsUnder(dir: string, root: string): ImportSite[] {
  return filesUnder(dir).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/\b(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((match) => ({
      file: path.relative(root, file),
      specifier: match[1] as string,
    })),
  );
}

/**
 * Whether an import of a file inside `generic` reaches a product: a relative import that leaves the folder, or a
 * package that is not one of `genericPackages`.
 */
export function leavesGeneric(generic: string, file: string, specifier: string, genericPackages: ReadonlySet<string>): boolean {
  if (!specifier.startsWith('.')) return !genericPackages.has(specifier);
  const target = path.resolve(path.dirname(file), specifier);
  return !(target === generic || target.startsWith(`${generic}${path.sep}`));
}
