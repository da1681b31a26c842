/**
 * The generic half of the package (platform/) serves any API definition a product layer hands it: none of its files
 * imports a product (Reevo's catalog, client or errors, or the nodes' Reevo layer under nodes/ and credentials/). It
 * reaches the machine and the platform-neutral forms only, so a second product's package reuses it whole.
 */
/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals --
   Test code, never shipped: it reads the package's own sources. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const PACKAGE = path.join(__dirname, '..', '..');
const PLATFORM = path.join(PACKAGE, 'platform');
const GENERIC_PACKAGES = new Set(['@reevo/client/machine', '@reevo/client/forms', 'n8n-workflow']);

function filesUnder(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : entry.name.endsWith('.ts') ? [path.join(dir, entry.name)] : [],
	);
}

function importsOf(file: string): string[] {
	return [...readFileSync(file, 'utf8').matchAll(/\b(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((match) => match[1] as string);
}

/** A relative import must stay inside platform/; a package must be one of the generic ones. */
function productImport(file: string, specifier: string): boolean {
	if (!specifier.startsWith('.')) return !GENERIC_PACKAGES.has(specifier);
	const target = path.resolve(path.dirname(file), specifier);
	return !(target === PLATFORM || target.startsWith(`${PLATFORM}${path.sep}`));
}

test('platform/ imports no product', () => {
	const imports = filesUnder(PLATFORM).flatMap((file) => importsOf(file).map((specifier) => ({ file: path.relative(PACKAGE, file), specifier })));
	// The scan reads real imports, so an empty scan cannot pass.
	expect(imports).toContainEqual({ file: path.join('platform', 'transport', 'client.ts'), specifier: '@reevo/client/machine' });
	expect(imports.filter(({ file, specifier }) => productImport(path.join(PACKAGE, file), specifier))).toEqual([]);
});

test('the scan sees a product import where there is one', () => {
	const file = path.join(PLATFORM, 'transport', 'client.ts');
	expect(productImport(file, '@reevo/client/core')).toBe(true);
	expect(productImport(file, '../../nodes/Reevo/reevo')).toBe(true);
	expect(productImport(file, '../product')).toBe(false);
});
