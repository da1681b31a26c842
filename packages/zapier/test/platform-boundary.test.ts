/**
 * The generic half of the app (src/platform/) serves any API definition a product layer hands it: none of its files
 * imports a product (Reevo's catalog, client or errors, or the app's Reevo layer: src/reevo.ts, the keys, the entity
 * folders). It reaches the machine and the platform-neutral forms only, so a second product's app reuses it whole.
 */
import path from 'node:path';
import { importsUnder, leavesGeneric } from '../../../test-support/import-scan';

const SRC = path.join(__dirname, '..', 'src');
const PLATFORM = path.join(SRC, 'platform');
const GENERIC_PACKAGES = new Set(['@integration-pack/core/machine', '@integration-pack/core/forms', 'zapier-platform-core', 'zod', 'node:crypto']);
const productImport = (file: string, specifier: string) => leavesGeneric(PLATFORM, file, specifier, GENERIC_PACKAGES);

test('src/platform imports no product', () => {
  const imports = importsUnder(PLATFORM, SRC);
  // The scan reads real imports, so an empty scan cannot pass.
  expect(imports).toContainEqual({ file: path.join('platform', 'http', 'call-api.ts'), specifier: '@integration-pack/core/machine' });
  expect(imports.filter(({ file, specifier }) => productImport(path.join(SRC, file), specifier))).toEqual([]);
});

test('the scan sees a product import where there is one', () => {
  const file = path.join(PLATFORM, 'http', 'call-api.ts');
  expect(productImport(file, '@integration-pack/core/reevo/api')).toBe(true);
  expect(productImport(file, '../../reevo')).toBe(true);
  expect(productImport(file, '../product')).toBe(false);
});
