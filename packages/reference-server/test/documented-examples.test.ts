/**
 * Every example request of Reevo's and Reeve's own documentation, as `docs/examples.md` holds it, works against a
 * server seeded the way `npm start` seeds it (`createReferenceServer`'s default seed, the one `src/cli/main.ts`
 * uses), with no change but the page's substitutions, and answers the documented status and shape. The examples
 * are read from the page, never copied here.
 */
import { parseCurl, readExamplesPage, type DocumentedExample, type DocumentedRequest } from './support/documented-examples';
import { banner } from '../src/cli/banner';
import { createReferenceServer, type ReferenceServer } from '../src/server';

/** What the page writes for the base URL `npm start` prints; this server listens on a free port instead. */
const NPM_START_BASE_URL = 'http://127.0.0.1:4010';
/** The placeholders only a live OAuth exchange can fill (the page's substitutions table says so in words). */
const FROM_AUTHORIZATION = ['code=abc123', 'state=xyz'];
/** In an expected answer, this string stands for any value. */
const ANY_VALUE = '…';

const page = readExamplesPage();
let server: ReferenceServer;
let baseUrl: string;

beforeAll(async () => {
  server = await createReferenceServer();
  baseUrl = await server.listen({ host: '127.0.0.1', port: 0 });
});
afterAll(() => server.close());

function placeholdersIn(example: DocumentedExample): string[] {
  return page.substitutions.map(({ placeholder }) => placeholder).filter((placeholder) => example.source.includes(placeholder));
}

function substitute(text: string): string {
  let result = text;
  for (const { placeholder, value } of page.substitutions) if (value !== null) result = result.split(placeholder).join(value);
  return result.split(NPM_START_BASE_URL).join(baseUrl);
}

function substituted(request: DocumentedRequest): DocumentedRequest {
  const target = substitute(request.target);
  return {
    method: request.method,
    target: target.startsWith('/') ? `${baseUrl}${target}` : target,
    headers: request.headers.map(([name, value]) => [name, substitute(value)]),
    body: request.body === undefined ? undefined : substitute(request.body),
  };
}

async function send(request: DocumentedRequest): Promise<{ status: number; body: unknown }> {
  const response = await fetch(request.target, { method: request.method, headers: request.headers, ...(request.body === undefined ? {} : { body: request.body }), redirect: 'manual' });
  const text = await response.text();
  return { status: response.status, body: text === '' ? undefined : (JSON.parse(text) as unknown) };
}

/**
 * The `code` and `state` of an authorization of the callback's provider, started with the example's own headers and
 * approved on the fake provider's consent page without a browser (docs/reeve-api.md §6 "Fake providers").
 */
async function authorizationFor(callback: DocumentedRequest): Promise<URLSearchParams> {
  const url = new URL(callback.target);
  const authorize = await send({ method: 'GET', target: `${url.origin}${url.pathname.replace(/\/callback$/, '/authorize')}`, headers: callback.headers, body: undefined });
  expect(authorize.status).toBe(200);
  const consent = await fetch(`${(authorize.body as { auth_url: string }).auth_url}&decision=approve`, { redirect: 'manual' });
  expect(consent.status).toBe(302);
  return new URL(consent.headers.get('location') as string).searchParams;
}

/** The expected body as a matcher: `"…"` matches any value; objects match a subset; lists match item by item. */
function shapeOf(expected: unknown): unknown {
  if (expected === ANY_VALUE) return expect.anything();
  if (Array.isArray(expected)) return expected.map(shapeOf);
  if (expected !== null && typeof expected === 'object') return Object.fromEntries(Object.entries(expected).map(([key, value]) => [key, shapeOf(value)]));
  return expected;
}

test('the page holds both products\' examples, each listed once in a summary table naming exactly the placeholders it needs', () => {
  expect(page.examples.length).toBeGreaterThanOrEqual(15);
  expect(page.summary.map((row) => row.number)).toEqual(page.examples.map((example) => example.number));
  for (const example of page.examples) {
    const row = page.summary.find((candidate) => candidate.number === example.number);
    expect({ example: example.title, needs: [...(row?.needs ?? [])].sort() }).toEqual({ example: example.title, needs: placeholdersIn(example).sort() });
  }
});

test('every substitution is used by an example, and only the OAuth code and state lack a literal value', () => {
  for (const { placeholder } of page.substitutions) expect(page.examples.some((example) => example.source.includes(placeholder))).toBe(true);
  expect(page.substitutions.filter(({ value }) => value === null).map(({ placeholder }) => placeholder)).toEqual(FROM_AUTHORIZATION);
});

test.each(page.examples.map((example) => [example.title, example] as const))('%s', async (_title, example) => {
  await server.runtime.reset();
  const request = substituted(example.request);
  if (FROM_AUTHORIZATION.some((placeholder) => example.source.includes(placeholder))) {
    const granted = await authorizationFor(request);
    request.target = request.target.replace('code=abc123', `code=${encodeURIComponent(granted.get('code') ?? '')}`).replace('state=xyz', `state=${encodeURIComponent(granted.get('state') ?? '')}`);
  }
  const answer = await send(request);
  expect({ status: answer.status, body: answer.body }).toEqual({ status: example.expected.status, body: expect.anything() });
  expect(answer.body).toMatchObject(shapeOf(example.expected.body) as object);
});

test('the curl example npm start prints works as printed', async () => {
  await server.runtime.reset();
  const printed = banner(baseUrl, '0.0.0', server.seeded as NonNullable<ReferenceServer['seeded']>, server.adminToken, server.seededReeve);
  const line = printed.split('\n').find((candidate) => candidate.includes(' curl '));
  expect(line).toBeDefined();
  const answer = await send(parseCurl((line as string).replace(/^\s*e\.g\. /, ''), 'the banner'));
  expect(answer.status).toBe(200);
  expect((answer.body as { connections: unknown[] }).connections.length).toBeGreaterThan(0);
});
