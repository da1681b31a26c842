/**
 * Finding 3 of issue 12 and the body items of finding 7: a 5,000-deep JSON body answered 500 in fastify's shape
 * (the 422 echoed the input and the response check overflowed the stack), the admin API answered such bodies in
 * fastify's shape, a 422 echoed up to 1 MB of the caller's input, a `__proto__` key in `custom_fields` was dropped
 * without a word, and the body parser was a plain `JSON.parse`.
 */
import { ValidationErrorBody } from '@integration-pack/core/reevo/api';
import { MAX_BODY_DEPTH } from '../../src/http/json-body';
import { MAX_ECHO_CHARACTERS } from '../../src/http/validation-issues';
import { API, startTestServer, type TestServer } from '../support/server';

let t: TestServer;
let key: string;
beforeAll(async () => {
  t = await startTestServer();
  key = t.workspace().key;
});
afterAll(() => t.server.close());

const nestedArrays = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const nestedObjects = (depth: number) => `${'{"a":'.repeat(depth - 1)}{}${'}'.repeat(depth - 1)}`;
/** A create body whose `custom_fields` sits `depth` levels down in total. */
const deepCreate = (depth: number) => `{"name":"Deep","custom_fields":{"x":${nestedArrays(depth - 2)}}}`;

async function post(url: string, payload: string, headers: Record<string, string> = { 'x-api-key': key }) {
  const response = await t.server.app.inject({ method: 'POST', url, headers: { 'content-type': 'application/json', ...headers }, payload });
  return { status: response.statusCode, body: response.json() };
}

describe('nesting depth', () => {
  test.each([
    ['arrays 5,000 deep', nestedArrays(5_000)],
    ['objects 5,000 deep', nestedObjects(5_000)],
    ['arrays 100,000 deep', nestedArrays(100_000)],
    [`one level past the limit (${MAX_BODY_DEPTH + 1})`, deepCreate(MAX_BODY_DEPTH + 1)],
  ])('%s answer 422 json_invalid naming the limit', async (_name, payload) => {
    const answer = await post(`${API}/accounts`, payload);
    expect(answer.status).toBe(422);
    const [item] = ValidationErrorBody.parse(answer.body).detail;
    expect(item).toMatchObject({ type: 'json_invalid', loc: ['body'] });
    expect(item?.msg).toContain(`deeper than ${MAX_BODY_DEPTH} levels`);
    expect(item?.msg).toContain('Send a flatter body');
  });

  test('a body at the limit is read and goes on to validation', async () => {
    const answer = await post(`${API}/accounts`, deepCreate(MAX_BODY_DEPTH));
    expect(answer.status).toBe(422);
    expect(answer.body.detail[0].type).not.toBe('json_invalid');
    expect(answer.body.detail[0].loc.slice(0, 3)).toEqual(['body', 'custom_fields', 'x']);
  });

  test('the limit holds before the key is read, and on unknown paths', async () => {
    expect((await post(`${API}/accounts`, nestedArrays(5_000), {})).status).toBe(422);
    expect((await post(`${API}/unknown`, nestedArrays(5_000))).status).toBe(422);
  });

  test('the admin API answers a deep body in its own {"detail": "..."} shape', async () => {
    const answer = await post('/__admin/workspaces', nestedObjects(5_000), {});
    expect(answer).toEqual({ status: 422, body: { detail: expect.stringContaining(`deeper than ${MAX_BODY_DEPTH} levels`) } });
  });

  test('the admin API answers malformed JSON in its own {"detail": "..."} shape', async () => {
    const answer = await post('/__admin/workspaces', '{"seed": ', {});
    expect(answer).toEqual({ status: 422, body: { detail: expect.stringContaining('not valid JSON') } });
  });
});

describe('prototype keys', () => {
  test('a __proto__ key in custom_fields answers 422 naming it, where it is', async () => {
    const answer = await post(`${API}/accounts`, '{"name":"Proto","custom_fields":{"industry":"Retail","__proto__":"x"}}');
    expect(answer.status).toBe(422);
    expect(answer.body.detail).toEqual([expect.objectContaining({ type: 'value_error', loc: ['body', 'custom_fields', '__proto__'] })]);
    expect(answer.body.detail[0].msg).toContain('"__proto__"');
    expect(answer.body.detail[0].msg).toContain('Rename the key');
  });

  test('a __proto__ object at the top answers 422 too, and pollutes nothing', async () => {
    const answer = await post(`${API}/accounts`, '{"name":"Proto","__proto__":{"polluted":true}}');
    expect(answer.status).toBe(422);
    expect(answer.body.detail[0].loc).toEqual(['body', '__proto__']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  test('after a byte-order mark, the key is still named', async () => {
    const answer = await post(`${API}/accounts`, '\uFEFF{"name":"Proto","custom_fields":{"__proto__":"x"}}');
    expect(answer.body.detail[0].loc).toEqual(['body', 'custom_fields', '__proto__']);
  });

  test('constructor.prototype answers 422 naming it', async () => {
    const answer = await post(`${API}/accounts`, '{"name":"Proto","custom_fields":{"constructor":{"prototype":{"x":"1"}}}}');
    expect(answer.status).toBe(422);
    expect(answer.body.detail[0].loc).toEqual(['body', 'custom_fields', 'constructor', 'prototype']);
  });

  test('a custom field named constructor (without prototype) is an ordinary field', async () => {
    const answer = await post(`${API}/accounts`, '{"name":"Ctor","custom_fields":{"constructor":"Builder","prototype":"v2"}}');
    expect(answer.status).toBe(200);
    expect(answer.body.custom_fields).toEqual({ constructor: 'Builder', prototype: 'v2' });
  });

  test('the admin API names the key in its own shape', async () => {
    const answer = await post('/__admin/workspaces', '{"__proto__":{"seed":"demo"}}', {});
    expect(answer).toEqual({ status: 422, body: { detail: expect.stringContaining('"__proto__"') } });
  });
});

describe('what a 422 repeats of the input', () => {
  // Long enough to be cut, short enough to pass the limit on any one string (limits.test.ts covers that one).
  const huge = 'x'.repeat(5_000);

  const echoes = (body: { detail: { input?: unknown; loc: unknown[] }[] }) => body.detail.map((item) => JSON.stringify(item.input ?? null).length + JSON.stringify(item.loc).length);

  test('a long value of the wrong type is cut to a short prefix', async () => {
    const answer = await post(`${API}/accounts`, JSON.stringify({ name: 'Echo', domain_name: 1, owner_email: huge }));
    expect(answer.status).toBe(422);
    const item = answer.body.detail.find((issue: { loc: string[] }) => issue.loc[1] === 'owner_email');
    expect(item.input).toBe(`${'x'.repeat(MAX_ECHO_CHARACTERS)}…`);
  });

  test('a large object is echoed as the start of its JSON text, and a long unknown key is cut too', async () => {
    const answer = await post(`${API}/accounts`, JSON.stringify({ [huge]: 1, padding: [huge] }));
    expect(answer.status).toBe(422);
    for (const length of echoes(answer.body)) expect(length).toBeLessThan(3 * MAX_ECHO_CHARACTERS);
    const missing = answer.body.detail.find((issue: { type: string }) => issue.type === 'missing');
    expect(missing.input).toMatch(/^\{"x{198}…$/);
  });

  test('a long content type is cut in the message that names it', async () => {
    const answer = await post(`${API}/accounts`, 'name=x', { 'x-api-key': key, 'content-type': `text/plain; x=${'y'.repeat(5_000)}` });
    expect(answer.status).toBe(422);
    expect(answer.body.detail[0].msg.length).toBeLessThan(500);
  });
});
