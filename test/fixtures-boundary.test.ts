/**
 * The fixtures import nothing from inside a package: only packages' public entry points (`@integration-pack/core/reevo/api`)
 * and each other. The reference server reads the fixtures, so an import the other way would be a cycle across the
 * package boundary (the seed-data types live in `fixtures/seed-data.ts` for that reason).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const FIXTURES = path.join(__dirname, '..', 'fixtures');

function importsOf(file: string): string[] {
  const text = readFileSync(path.join(FIXTURES, file), 'utf8');
  return [...text.matchAll(/\b(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((match) => match[1] as string);
}

test('every fixture imports only public entry points and other fixtures', () => {
  const imports = readdirSync(FIXTURES)
    .filter((file) => file.endsWith('.ts'))
    .flatMap((file) => importsOf(file).map((specifier) => ({ file, specifier })));
  // The scan reads real imports, so an empty scan cannot pass.
  expect(imports).toContainEqual({ file: 'demo-workspace.ts', specifier: '@integration-pack/core/reevo/api' });
  const inside = imports.filter(({ specifier }) => (specifier.startsWith('.') ? !/^\.\/[\w-]+$/.test(specifier) : /\/(src|dist)(\/|$)/.test(specifier)));
  expect(inside).toEqual([]);
});
