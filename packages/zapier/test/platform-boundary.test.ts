/**
 * The generic half of the app (src/platform/) serves any API definition a product layer hands it: none of its files
 * imports a product (Reevo's catalog, client or errors, or the app's Reevo layer: src/reevo.ts, the keys, the entity
 * folders). It reaches the machine and the platform-neutral forms only, so a second product's app reuses it whole.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const SRC = path.join(__dirname, '..', 'src');
const PLATFORM = path.join(SRC, 'platform');
const GENERIC_PACKAGES = new Set(['@reevo/client/machine', '@reevo/client/forms', 'zapier-platform-core', 'zod']);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : entry.name.endsWith('.ts') ? [path.join(dir, entry.name)] : [],
  );
}

function importsOf(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/\b(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((match) => match[1] as string);
}

/** A relative import must stay inside src/platform/; a package must be one of the generic ones. */
function productImport(file: string, specifier: string): boolean {
  if (!specifier.startsWith('.')) return !GENERIC_PACKAGES.has(specifier);
  const target = path.resolve(path.dirname(file), specifier);
  return !(target === PLATFORM || target.startsWith(`${PLATFORM}${path.sep}`));
}

test('src/platform imports no product', () => {
  const imports = filesUnder(PLATFORM).flatMap((file) => importsOf(file).map((specifier) => ({ file: path.relative(SRC, file), specifier })));
  // The scan reads real imports, so an empty scan cannot pass.
  expect(imports).toContainEqual({ file: path.join('platform', 'http', 'call-api.ts'), specifier: '@reevo/client/machine' });
  expect(imports.filter(({ file, specifier }) => productImport(path.join(SRC, file), specifier))).toEqual([]);
});

test('the scan sees a product import where there is one', () => {
  expect(productImport(path.join(PLATFORM, 'http', 'call-api.ts'), '@reevo/client/catalog')).toBe(true);
  expect(productImport(path.join(PLATFORM, 'http', 'call-api.ts'), '../../reevo')).toBe(true);
  expect(productImport(path.join(PLATFORM, 'http', 'call-api.ts'), '../product')).toBe(false);
});
