/**
 * The Reeve app is the Reeve definition over the generic Zapier platform: it imports the Reevo app only through
 * packages/zapier/src/platform/ (never the Reevo layer, keys or entity folders) and nothing of Reevo's from core, so
 * a Reeve user's bundle holds no Reevo code.
 */
import path from 'node:path';
import { importsUnder } from '../../../test-support/import-scan';

const SRC = path.join(__dirname, '..', 'src');
const ZAPIER_APP = path.join(__dirname, '..', '..', 'zapier');
const PLATFORM = path.join(ZAPIER_APP, 'src', 'platform');

function reachesReevo(file: string, specifier: string): boolean {
  if (!specifier.startsWith('.')) return /reevo/i.test(specifier);
  const target = path.resolve(path.dirname(file), specifier);
  return target.startsWith(`${ZAPIER_APP}${path.sep}`) && !target.startsWith(`${PLATFORM}${path.sep}`);
}

test('src imports the Zapier platform, and nothing of Reevo', () => {
  const imports = importsUnder(SRC, SRC);
  // The scan reads real imports, so an empty scan cannot pass.
  expect(imports).toContainEqual({ file: 'reeve.ts', specifier: '../../zapier/src/platform/zapier-platform' });
  expect(imports.filter(({ file, specifier }) => reachesReevo(path.join(SRC, file), specifier))).toEqual([]);
});

test('the scan sees a Reevo import where there is one', () => {
  const file = path.join(SRC, 'reeve.ts');
  expect(reachesReevo(file, '../../zapier/src/reevo')).toBe(true);
  expect(reachesReevo(file, '../../zapier/src/keys')).toBe(true);
  expect(reachesReevo(file, '@integration-pack/core/reevo/api')).toBe(true);
  expect(reachesReevo(file, '../../zapier/src/platform/product')).toBe(false);
  expect(reachesReevo(file, '@integration-pack/core/reeve/api')).toBe(false);
});
