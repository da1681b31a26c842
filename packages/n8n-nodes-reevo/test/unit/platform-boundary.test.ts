/**
 * The generic half of the package (platform/) serves any API definition a product layer hands it: none of its files
 * imports a product (Reevo's catalog, client or errors, or the nodes' Reevo layer under nodes/ and credentials/). It
 * reaches the machine and the platform-neutral forms only, so a second product's package reuses it whole.
 */
/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals --
   Test code, never shipped: it reads the package's own sources. */
import path from 'node:path';
import { importsUnder, leavesGeneric } from '../../../../test-support/import-scan';

const PACKAGE = path.join(__dirname, '..', '..');
const PLATFORM = path.join(PACKAGE, 'platform');
const GENERIC_PACKAGES = new Set(['@integration-pack/core/machine', '@integration-pack/core/forms', 'n8n-workflow']);
const productImport = (file: string, specifier: string) => leavesGeneric(PLATFORM, file, specifier, GENERIC_PACKAGES);

test('platform/ imports no product', () => {
	const imports = importsUnder(PLATFORM, PACKAGE);
	// The scan reads real imports, so an empty scan cannot pass.
	expect(imports).toContainEqual({ file: path.join('platform', 'transport', 'client.ts'), specifier: '@integration-pack/core/machine' });
	expect(imports.filter(({ file, specifier }) => productImport(path.join(PACKAGE, file), specifier))).toEqual([]);
});

test('the scan sees a product import where there is one', () => {
	const file = path.join(PLATFORM, 'transport', 'client.ts');
	expect(productImport(file, '@integration-pack/core/reevo')).toBe(true);
	expect(productImport(file, '../../nodes/Reevo/reevo')).toBe(true);
	expect(productImport(file, '../product')).toBe(false);
});
