/**
 * The Reeve package is a product layer over the generic n8n part: of the Reevo package it imports only platform/
 * (bundled by tsup), and nothing of Reevo's (its catalog, client, nodes or credential).
 */
/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals --
   Test code, never shipped: it reads the package's own sources. */
import path from 'node:path';
import { importsUnder } from '../../../../test-support/import-scan';

const PACKAGE = path.join(__dirname, '..', '..');
const PLATFORM = path.join(PACKAGE, '..', 'n8n-nodes-reevo', 'platform');

function reachesReevo(file: string, specifier: string): boolean {
	if (/reevo/i.test(specifier) && !specifier.startsWith('.')) return true;
	if (!specifier.startsWith('.')) return false;
	const target = path.resolve(path.dirname(path.join(PACKAGE, file)), specifier);
	return /reevo/i.test(path.relative(PACKAGE, target)) && !target.startsWith(`${PLATFORM}${path.sep}`);
}

test('the package imports the generic platform/ and nothing else of Reevo', () => {
	const imports = [...importsUnder(path.join(PACKAGE, 'nodes'), PACKAGE), ...importsUnder(path.join(PACKAGE, 'credentials'), PACKAGE)];
	// The scan reads real imports, so an empty scan cannot pass.
	expect(imports).toContainEqual({ file: path.join('nodes', 'Reeve', 'Reeve.node.ts'), specifier: '../../../n8n-nodes-reevo/platform/actions/action-node' });
	expect(imports.filter(({ file, specifier }) => reachesReevo(file, specifier))).toEqual([]);
});

test('the scan sees a Reevo import where there is one', () => {
	const file = path.join('nodes', 'Reeve', 'reeve.ts');
	expect(reachesReevo(file, '@integration-pack/core/reevo')).toBe(true);
	expect(reachesReevo(file, '../../../n8n-nodes-reevo/nodes/Reevo/reevo')).toBe(true);
	expect(reachesReevo(file, '../../../n8n-nodes-reevo/platform/product')).toBe(false);
	expect(reachesReevo(file, '@integration-pack/core/reeve/api')).toBe(false);
});
