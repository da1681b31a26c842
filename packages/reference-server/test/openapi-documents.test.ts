/**
 * What holds for every document the server serves (Reevo's `/openapi.json`, Reeve's `/reeve/openapi.json`): each is
 * built from its own paths and events, so its schemas are exactly what those refer to, and every tag its operations
 * use is declared with words for it.
 */
import { startTestServer, type TestServer } from './support/server';

const DOCUMENTS = ['/openapi.json', '/reeve/openapi.json'];
const SCHEMA_REF = '#/components/schemas/';

let t: TestServer;
const documents = new Map<string, any>(); // eslint-disable-line @typescript-eslint/no-explicit-any -- OpenAPI documents read as JSON
beforeAll(async () => {
  t = await startTestServer();
  for (const path of DOCUMENTS) documents.set(path, (await t.call('GET', path, { key: null })).body);
});
afterAll(() => t.server.close());

/** The `$ref`s to component schemas anywhere in a value. */
function schemaRefs(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => schemaRefs(item, found));
  else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === '$ref' && typeof inner === 'string' && inner.startsWith(SCHEMA_REF)) found.add(inner.slice(SCHEMA_REF.length));
      else schemaRefs(inner, found);
    }
  }
  return found;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- OpenAPI documents read as JSON
function operationsOf(document: any): Array<{ where: string; tags?: string[] }> {
  const items = [...Object.entries(document.paths ?? {}), ...Object.entries(document.webhooks ?? {})] as Array<[string, Record<string, { tags?: string[] }>]>;
  return items.flatMap(([where, item]) => Object.entries(item).map(([method, operation]) => ({ where: `${method.toUpperCase()} ${where}`, ...operation })));
}

test.each(DOCUMENTS)('%s holds exactly the schemas its paths and webhooks refer to, directly or through other schemas', (path) => {
  const document = documents.get(path);
  const schemas: Record<string, unknown> = document.components.schemas;
  const reached = new Set<string>();
  const pending = [...schemaRefs({ paths: document.paths, webhooks: document.webhooks })];
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    if (reached.has(name)) continue;
    reached.add(name);
    pending.push(...schemaRefs(schemas[name]));
  }
  expect({ missing: [...reached].filter((name) => !(name in schemas)), unused: Object.keys(schemas).filter((name) => !reached.has(name)) }).toEqual({ missing: [], unused: [] });
});

test.each(DOCUMENTS)('%s declares every tag its operations and events use, each with a description, and no other', (path) => {
  const document = documents.get(path);
  const used = new Set(operationsOf(document).flatMap((operation) => operation.tags ?? []));
  const declared = new Map<string, unknown>(document.tags.map((tag: { name: string; description?: unknown }) => [tag.name, tag.description]));
  const undescribed = [...used].filter((tag) => typeof declared.get(tag) !== 'string' || (declared.get(tag) as string).length === 0);
  expect({ undescribed, unused: [...declared.keys()].filter((tag) => !used.has(tag)) }).toEqual({ undescribed: [], unused: [] });
});

test("Reeve's inbound webhook route is under its own declared tag", () => {
  const document = documents.get('/reeve/openapi.json');
  const [tag] = document.paths['/api/webhooks/{provider}/{hook_token}'].post.tags;
  expect(document.tags.find((declared: { name: string }) => declared.name === tag)?.description).toEqual(expect.stringContaining('providers'));
});
