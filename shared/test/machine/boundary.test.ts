/**
 * The machine is generic: nothing under src/machine/ imports a product (src/reevo/, or the package's own entry
 * points, which are Reevo's). A second API is a new definition, never an edit of the machine.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const SRC = path.join(__dirname, '..', '..', 'src');
const MACHINE = path.join(SRC, 'machine');

/** Every module specifier a TypeScript file names: static and type imports, re-exports, dynamic import, require. */
function specifiersOf(text: string): string[] {
  const found: string[] = [];
  const patterns = [/\bfrom\s+['"]([^'"]+)['"]/g, /\bimport\s+['"]([^'"]+)['"]/g, /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g, /\brequire\(\s*['"]([^'"]+)['"]\s*\)/g];
  for (const pattern of patterns) for (const match of text.matchAll(pattern)) found.push(match[1] as string);
  return found;
}

/** Why an import of `file` breaks the boundary, or undefined when it does not. */
function productImport(file: string, specifier: string): string | undefined {
  if (specifier.startsWith('@reevo/')) return `${specifier} is the Reevo package`;
  if (!specifier.startsWith('.')) return undefined;
  const target = path.resolve(path.dirname(file), specifier);
  if (target === MACHINE || target.startsWith(`${MACHINE}${path.sep}`)) return undefined;
  return `${path.relative(SRC, target)} is outside src/machine`;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : entry.name.endsWith('.ts') ? [path.join(dir, entry.name)] : [],
  );
}

describe('the machine boundary', () => {
  it('no file under src/machine imports from a product or from outside the machine', () => {
    const files = filesUnder(MACHINE);
    const imports = files.flatMap((file) => specifiersOf(readFileSync(file, 'utf8')).map((specifier) => ({ file, specifier })));
    // The scan reads real imports (the client factory imports the request builder), so an empty scan cannot pass.
    expect(imports).toContainEqual({ file: path.join(MACHINE, 'create-client.ts'), specifier: './build-request' });
    const violations = imports
      .map(({ file, specifier }) => ({ file: path.relative(SRC, file), specifier, why: productImport(file, specifier) }))
      .filter((violation) => violation.why !== undefined);
    expect(violations).toEqual([]);
  });

  it('the scan catches a product import in every form it can take', () => {
    const file = path.join(MACHINE, 'example.ts');
    const text = [
      "import { catalog } from '../reevo/catalog/index';",
      "import type { Permission } from '../reevo/catalog/permissions';",
      "export * from '../reevo/errors';",
      "const lazy = () => import('../reevo/definition');",
      "import { createReevoClient } from '@reevo/client';",
      "import { listInWords } from './words';",
      "import * as z from 'zod';",
    ].join('\n');
    const flagged = specifiersOf(text).filter((specifier) => productImport(file, specifier) !== undefined);
    expect(flagged).toEqual(['../reevo/catalog/index', '../reevo/catalog/permissions', '../reevo/errors', '@reevo/client', '../reevo/definition']);
  });
});
