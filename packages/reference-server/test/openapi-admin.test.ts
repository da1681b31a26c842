/**
 * The admin operations, in both documents, are documented to the standard of the public ones (README, "Documenting
 * an admin route"): each has a description, and each answer the server really gives it is documented with its body.
 * Checked against the server: a request with invalid input, sent to every admin operation that takes input, gets
 * an answer whose status the document lists and whose body its schema for that status accepts.
 */
import * as z from 'zod';
import { ADMIN_TAG } from '../src/admin/admin-tag';
import { startTestServer, type TestServer } from './support/server';

interface Parameter {
  name: string;
  in: string;
}
interface AdminOperation {
  method: string;
  path: string;
  description?: unknown;
  parameters?: Parameter[];
  requestBody?: unknown;
  responses: Record<string, { description: string; content?: Record<string, { schema: unknown }> }>;
}

const DOCUMENTS = ['/openapi.json', '/reeve/openapi.json'];

let t: TestServer;
const operations = new Map<string, AdminOperation[]>();
beforeAll(async () => {
  t = await startTestServer();
  for (const path of DOCUMENTS) {
    const document = (await t.call('GET', path, { key: null })).body;
    const items = Object.entries(document.paths) as Array<[string, Record<string, Omit<AdminOperation, 'method' | 'path'> & { tags: string[] }>]>;
    operations.set(
      path,
      items.flatMap(([where, item]) => Object.entries(item).filter(([, operation]) => operation.tags.includes(ADMIN_TAG)).map(([method, operation]) => ({ ...operation, method, path: where }))),
    );
  }
});
afterAll(() => t.server.close());

const takesInput = (operation: AdminOperation) => operation.requestBody !== undefined || (operation.parameters ?? []).length > 0;

test.each(DOCUMENTS)('every admin operation of %s has a description, and a 422 where it takes input', (path) => {
  const admin = operations.get(path) ?? [];
  expect(admin.length).toBeGreaterThan(5);
  const lacking = admin
    .filter((operation) => typeof operation.description !== 'string' || operation.description.length < 20 || (takesInput(operation) && !operation.responses['422']))
    .map((operation) => `${operation.method.toUpperCase()} ${operation.path}`);
  expect(lacking).toEqual([]);
});

test.each(DOCUMENTS)('every admin operation of %s that takes input answers invalid input as its document says', async (path) => {
  const answered: string[] = [];
  for (const operation of (operations.get(path) ?? []).filter(takesInput)) {
    // "!" is no id, number, enum value or cursor the admin API takes; the body has a field no admin body has.
    let url = operation.path;
    const query = new URLSearchParams();
    for (const parameter of operation.parameters ?? []) {
      if (parameter.in === 'path') url = url.replace(`{${parameter.name}}`, '!');
      if (parameter.in === 'query') query.set(parameter.name, '!');
    }
    const body = operation.requestBody === undefined ? undefined : { not_a_field: true };
    const answer = await t.call(operation.method.toUpperCase(), `${url}${query.size > 0 ? `?${query}` : ''}`, { key: null, body });
    const where = `${operation.method.toUpperCase()} ${operation.path} → ${answer.status}`;
    const documented = operation.responses[String(answer.status)];
    expect({ where, documented: documented !== undefined }).toEqual({ where, documented: true });
    const schema = z.fromJSONSchema(documented?.content?.['application/json']?.schema as Parameters<typeof z.fromJSONSchema>[0]);
    const parsed = schema.safeParse(answer.body);
    expect({ where, body: answer.body, issues: parsed.error?.issues ?? [] }).toEqual({ where, body: answer.body, issues: [] });
    answered.push(where);
  }
  // The routes whose input can be refused by its shape alone answer 422: only an opaque id in the path (a session
  // token, a delivery id) is looked up instead, and answers the documented 404.
  expect(answered.filter((where) => !where.endsWith('422')).every((where) => where.endsWith('404'))).toBe(true);
  expect(answered.filter((where) => where.endsWith('422')).length).toBeGreaterThan(answered.length / 2);
});
