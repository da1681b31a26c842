import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { validate } from '@readme/openapi-parser';
import { EVENT_TYPES, operations, sampleEvent } from '@integration-pack/core/reevo/api';
import { REEVE_EVENT_TYPES } from '@integration-pack/core/reeve/api';
import { ADMIN_TAG } from '../src/admin/admin-tag';
import { DEFAULT_HOST, DEFAULT_PORT } from '../src/cli/args';
import { startTestServer, type TestServer } from './support/server';

let t: TestServer;
let document: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- an OpenAPI document read as JSON
beforeAll(async () => {
  t = await startTestServer();
  // Addressed as `npm start` listens by default, as `npm run openapi` writes the committed file.
  document = (await t.call('GET', '/openapi.json', { key: null, headers: { host: `${DEFAULT_HOST}:${DEFAULT_PORT}` } })).body;
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

  test.each(['/openapi.json', '/reeve/openapi.json'])('%s names this server as the request addressed it, after the product\'s own', async (path) => {
    const answer = await t.call('GET', path, { key: null, headers: { host: '127.0.0.1:5123' } });
    expect(answer.body.servers.at(-1)).toEqual({ url: 'http://127.0.0.1:5123', description: 'This reference server' });
    expect(answer.body.servers.length).toBeGreaterThan(1);
  });

  test.each(['/openapi.json', '/reeve/openapi.json'])('%s is readable by any web page, without credentials', async (path) => {
    const answer = await t.call('GET', path, { key: null, headers: { origin: 'https://editor.example' } });
    expect(answer.headers['access-control-allow-origin']).toBe('*');
    expect(answer.headers['access-control-allow-credentials']).toBeUndefined();
  });

  test('describes the license, a contact and every tag', () => {
    expect(document.info.license).toEqual({ name: 'MIT', identifier: 'MIT' });
    expect(document.info.contact.name).toEqual(expect.any(String));
    for (const tag of document.tags) expect({ tag: tag.name, described: typeof tag.description === 'string' && tag.description.length > 0 }).toEqual({ tag: tag.name, described: true });
  });

  test('documents the admin guard\'s refusals and an operationId on every admin route', () => {
    const adminOperations = Object.values(document.paths).flatMap((item: any) => Object.values(item)).filter((operation: any) => operation.tags.includes(ADMIN_TAG)); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(adminOperations.length).toBeGreaterThan(10);
    for (const operation of adminOperations as any[]) { // eslint-disable-line @typescript-eslint/no-explicit-any
      expect(operation.operationId).toMatch(/^admin[A-Z]/);
      expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['401', '403']));
    }
  });

  test('documents each event a subscription delivers in `webhooks`, with its payload schema and a whole sample delivery', () => {
    expect(Object.keys(document.webhooks).sort()).toEqual([...EVENT_TYPES].sort());
    for (const type of EVENT_TYPES) {
      const body = document.webhooks[type].post.requestBody.content['application/json'];
      expect({ type, schema: body.schema, example: body.example }).toEqual({ type, schema: { $ref: '#/components/schemas/WebhookEvent' }, example: sampleEvent(type) });
    }
    expect(document.components.schemas.WebhookEvent).toBeDefined();
  });

  test("Reeve's document lists Reeve's events only, with Reeve's payload schema", async () => {
    const reeve = (await t.call('GET', '/reeve/openapi.json', { key: null })).body;
    expect(Object.keys(reeve.webhooks).sort()).toEqual([...REEVE_EVENT_TYPES].sort());
    expect(Object.values(reeve.webhooks).map((item: any) => item.post.requestBody.content['application/json'].schema.$ref)).toEqual(REEVE_EVENT_TYPES.map(() => '#/components/schemas/SystemEvent')); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(reeve.components.schemas.SystemEvent).toBeDefined();
    expect(reeve.components.schemas.WebhookEvent).toBeUndefined();
  });

  test('matches the committed packages/reference-server/openapi.json', async () => {
    const committed = JSON.parse(await readFile(join(__dirname, '..', 'openapi.json'), 'utf8'));
    const drift = JSON.stringify(committed) !== JSON.stringify(document);
    if (drift) {
      throw new Error('packages/reference-server/openapi.json is out of date: run `npm run openapi -w @reevo/reference-server` and commit the result.');
    }
  });
});
