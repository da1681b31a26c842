import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { validate } from '@readme/openapi-parser';
import { operations } from '@integration-pack/core/reevo/api';
import { ADMIN_TAG } from '../src/admin/admin-tag';
import { startTestServer, type TestServer } from './support/server';

let t: TestServer;
let document: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- an OpenAPI document read as JSON
beforeAll(async () => {
  t = await startTestServer();
  document = (await t.call('GET', '/openapi.json', { key: null })).body;
});
afterAll(() => t.server.close());

describe('/openapi.json', () => {
  test('is a valid OpenAPI 3.1 document', async () => {
    expect(document.openapi).toBe('3.1.0');
    const result = await validate(structuredClone(document));
    expect(result.valid ? [] : result.errors).toEqual([]);
  });

  test('documents every catalog operation with its source, permissions, tag and examples', () => {
    for (const operation of operations) {
      const documented = document.paths[operation.path]?.[operation.method.toLowerCase()];
      expect(documented).toMatchObject({
        operationId: operation.operationId,
        tags: [operation.tag],
        'x-reevo-source': operation.source,
        'x-reevo-permissions': [...operation.permissions],
      });
      expect(documented.responses[String(operation.successStatus)]).toBeDefined();
      if (operation.body) expect(Object.keys(documented.requestBody.content['application/json'].examples ?? {}).length).toBeGreaterThan(0);
    }
  });

  test('declares the x-api-key security scheme, and the admin API under its own tag without it', () => {
    expect(document.components.securitySchemes.apiKey).toEqual({ type: 'apiKey', in: 'header', name: 'x-api-key' });
    expect(document.security).toEqual([{ apiKey: [] }]);
    expect(document.paths['/__admin/health'].get).toMatchObject({ tags: [ADMIN_TAG], security: [] });
  });

  test('matches the committed packages/reference-server/openapi.json', async () => {
    const committed = JSON.parse(await readFile(join(__dirname, '..', 'openapi.json'), 'utf8'));
    const drift = JSON.stringify(committed) !== JSON.stringify(document);
    if (drift) {
      throw new Error('packages/reference-server/openapi.json is out of date: run `npm run openapi -w @reevo/reference-server` and commit the result.');
    }
  });
});
