/**
 * The server's share of the machine serves any API definition it is given: nothing under src/http/, nothing of
 * the webhook dispatcher, and not the request journal, imports a product (Reevo's catalog, its client, its webhooks entry, the server's Reevo
 * folder or its domain). Reevo reaches them only as a value (`src/reevo/`, passed in by `server.ts`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const SRC = path.join(__dirname, '..', 'src');
/** The test receiver reads Reevo's events on purpose: it is the kit Reevo's tests receive webhooks with. */
const PRODUCT_KITS = new Set([path.join(SRC, 'webhooks', 'receiver.ts')]);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : entry.name.endsWith('.ts') ? [path.join(dir, entry.name)] : [],
  );
}

function importsOf(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/\b(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((match) => match[1] as string);
}

function productImport(file: string, specifier: string): boolean {
  if (specifier.startsWith('@reevo/client')) return specifier !== '@reevo/client/machine';
  if (!specifier.startsWith('.')) return false;
  const target = path.resolve(path.dirname(file), specifier);
  return [path.join(SRC, 'reevo'), path.join(SRC, 'domain')].some((product) => target === product || target.startsWith(`${product}${path.sep}`));
}

test('src/http, the webhook dispatcher and the request journal import no product', () => {
  const files = [...filesUnder(path.join(SRC, 'http')), ...filesUnder(path.join(SRC, 'webhooks')), path.join(SRC, 'runtime', 'journal.ts')].filter((file) => !PRODUCT_KITS.has(file));
  const imports = files.flatMap((file) => importsOf(file).map((specifier) => ({ file: path.relative(SRC, file), specifier })));
  // The scan reads real imports, so an empty scan cannot pass.
  expect(imports).toContainEqual({ file: path.join('http', 'api-plugin.ts'), specifier: '@reevo/client/machine' });
  expect(imports.filter(({ file, specifier }) => productImport(path.join(SRC, file), specifier))).toEqual([]);
});
