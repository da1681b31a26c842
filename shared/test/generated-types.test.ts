/**
 * The committed declaration files are what the catalog renders today (see shared/scripts/generated-types.ts); their
 * types are checked against the catalog's at compile time by test/types/generated.types.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { renderGeneratedTypes } from '../scripts/generated-types';

test.each(Object.entries(renderGeneratedTypes(path.join(__dirname, '..'))))('shared/%s is up to date with the catalog', (file, rendered) => {
  const committed = readFileSync(path.join(__dirname, '..', file), 'utf8');
  if (committed !== rendered) throw new Error(`shared/${file} is out of date: run \`npm run generate -w @integration-pack/core\` and commit the result.`);
});
