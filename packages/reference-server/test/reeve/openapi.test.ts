/**
 * `/reeve/openapi.json`: Reeve's own document, a valid OpenAPI 3.1 document that describes every operation of Reeve's
 * catalog with its examples under Reeve's bearer scheme, and nothing of Reevo's (no path, no schema, no security);
 * committed beside Reevo's as `reeve-openapi.json`.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { validate } from '@readme/openapi-parser';
import { reeveOperations } from '@integration-pack/core/reeve/api';
import { DEFAULT_HOST, DEFAULT_PORT } from '../../src/cli/args';
import { startTestServer, type TestServer } from '../support/server';

let t: TestServer;
let document: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- an OpenAPI document read as JSON
beforeAll(async () => {
  t = await startTestServer();
  document = (await t.call('GET', '/reeve/openapi.json', { key: null })).body;
});
afterAll(() => t.server.close());

test('is a valid OpenAPI 3.1 document', async () => {
  expect(document.openapi).toBe('3.1.0');
  const result = await validate(structuredClone(document));
  expect(result.valid ? [] : result.errors).toEqual([]);
});

test('documents every operation of the Reeve catalog, and no path of Reevo', () => {
  for (const operation of reeveOperations) {
    const documented = document.paths[operation.path]?.[operation.method.toLowerCase()];
    expect({ operationId: operation.operationId, documented: documented?.operationId }).toEqual({ operationId: operation.operationId, documented: operation.operationId });
  }
  expect(Object.keys(document.paths).filter((path) => path.startsWith('/api/v1/public'))).toEqual([]);
  expect(Object.keys(document.components?.securitySchemes ?? {})).not.toContain('apiKey');
});

test('matches the committed packages/reference-server/reeve-openapi.json', async () => {
  // Addressed as `npm start` listens by default, as `npm run openapi` writes the committed file.
  const served = (await t.call('GET', '/reeve/openapi.json', { key: null, headers: { host: `${DEFAULT_HOST}:${DEFAULT_PORT}` } })).body;
  const committed = JSON.parse(await readFile(join(__dirname, '..', '..', 'reeve-openapi.json'), 'utf8'));
  if (JSON.stringify(committed) !== JSON.stringify(served)) {
    throw new Error('packages/reference-server/reeve-openapi.json is out of date: run `npm run openapi -w @reevo/reference-server` and commit the result.');
  }
});
