/**
 * Each OpenAPI document's examples, run as they stand by a generic tool: Prism's proxy (`prism proxy`) stands
 * between this test and a reference server seeded as `npm start` seeds it, forwarding every request and checking it
 * and its answer against the document (the operation, parameters, body, status and answer schema). Every operation's
 * documented example is sent unchanged (its parameter examples and its first request example, with the demo
 * credentials), and any violation Prism reports fails the test. An example answers its documented success, but for
 * the few listed below, which answer a documented refusal (still checked by Prism) for the reason given.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createReferenceServer, type ReferenceServer } from '@reevo/reference-server';
import { PRISM_BIN } from '../support/paths';
import { freePort } from '../support/ports';
import { Service, waitFor } from '../support/processes';

interface Parameter {
  name: string;
  in: string;
  example?: unknown;
}
interface DocumentedOperation {
  operationId: string;
  tags: string[];
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { examples?: Record<string, { value: unknown }>; example?: unknown }> };
  responses: Record<string, unknown>;
}
type OpenApiDocument = { paths: Record<string, Record<string, DocumentedOperation>>; components: { schemas: Record<string, { required?: string[] }> } };

/**
 * The examples that cannot answer their success against the `npm start` demo, as they stand, by document and
 * operationId, and why: each answers the refusal given here (or, should the demo come to hold what it needs, its
 * success). The demo holds what every other example names (the catalog's example webhook subscriptions, Ada's Meta
 * connection; docs/decisions.md, "The demo and the products' own examples").
 */
type Refusals = Readonly<Record<string, { status: number; why: string }>>;
const REEVO_REFUSALS: Refusals = {};
const REEVE_REFUSALS: Refusals = {
  completeAuthorization: { status: 400, why: 'an OAuth state is made by each authorize call and lives ten minutes: no example can hold a live one' },
};

let server: ReferenceServer;
let baseUrl: string;
let directory: string;
let prism: Service | undefined;

beforeAll(async () => {
  server = await createReferenceServer({ seed: 'demo' });
  baseUrl = await server.listen({ host: '127.0.0.1', port: 0 });
  directory = await mkdtemp(join(tmpdir(), 'openapi-prism-'));
});
afterEach(async () => {
  await prism?.stop();
  prism = undefined;
});
afterAll(async () => {
  await server?.close();
  await rm(directory, { recursive: true, force: true });
});

/** Starts Prism's proxy for a document in front of the reference server; answers its base URL. */
async function startPrism(document: OpenApiDocument, name: string): Promise<string> {
  const file = join(directory, `${name}.json`);
  await writeFile(file, JSON.stringify(document));
  const port = await freePort();
  prism = new Service('prism', process.execPath, [PRISM_BIN, 'proxy', file, baseUrl, '--host', '127.0.0.1', '--port', String(port)]);
  await waitFor('Prism to listen', async () => (/Prism is listening/.test(prism!.logs(400)) ? true : undefined), { timeoutMs: 60_000, service: prism });
  return `http://127.0.0.1:${port}`;
}

async function documentAt(path: string): Promise<OpenApiDocument> {
  return (await (await fetch(`${baseUrl}${path}`)).json()) as OpenApiDocument;
}

interface ExampleRun {
  operationId: string;
  status: number;
  violations: string | null;
}

/**
 * Sends each operation's documented example through Prism, in the document's order, each to the demo as `npm start`
 * seeds it (the server is reset before each, so an example that deletes or disconnects takes nothing from the next),
 * and lists the operations that have none to send (a path parameter or a body without an example). The admin routes
 * are the reference server's controls, not the API's: they carry no examples.
 */
async function runExamples(prismUrl: string, document: OpenApiDocument, credentials: Record<string, string>): Promise<{ runs: ExampleRun[]; without: string[] }> {
  const runs: ExampleRun[] = [];
  const without: string[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    if (path.startsWith('/__admin/')) continue;
    for (const [method, operation] of Object.entries(item)) {
      const parameters = operation.parameters ?? [];
      const media = operation.requestBody?.content['application/json'];
      const body = media === undefined ? undefined : (Object.values(media.examples ?? {})[0]?.value ?? media.example);
      const pathParameters = parameters.filter((parameter) => parameter.in === 'path');
      if (pathParameters.some((parameter) => parameter.example === undefined) || (media !== undefined && body === undefined)) {
        without.push(operation.operationId);
        continue;
      }
      await server.runtime.reset();
      const url = pathParameters.reduce((built, parameter) => built.replace(`{${parameter.name}}`, encodeURIComponent(String(parameter.example))), path);
      const query = new URLSearchParams(parameters.filter((parameter) => parameter.in === 'query' && parameter.example !== undefined).map((parameter): [string, string] => [parameter.name, String(parameter.example)]));
      const answer = await fetch(`${prismUrl}${url}${query.size > 0 ? `?${query}` : ''}`, {
        method: method.toUpperCase(),
        redirect: 'manual',
        headers: { ...credentials, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      await answer.arrayBuffer();
      runs.push({ operationId: operation.operationId, status: answer.status, violations: answer.headers.get('sl-violations') });
    }
  }
  return { runs, without };
}

/** Each run with no violation, and its documented success unless it is a listed refusal. */
function expectDocumentedAnswers(runs: readonly ExampleRun[], document: OpenApiDocument, refusals: Refusals): void {
  const operations = new Map(Object.values(document.paths).flatMap((item) => Object.values(item)).map((operation) => [operation.operationId, operation]));
  for (const run of runs) {
    const success = Object.keys(operations.get(run.operationId)?.responses ?? {}).find((status) => status.startsWith('2'));
    const refused = refusals[run.operationId];
    const expected = refused !== undefined && run.status === refused.status ? refused.status : Number(success);
    expect({ operationId: run.operationId, status: run.status, violations: run.violations }).toEqual({ operationId: run.operationId, status: expected, violations: null });
  }
}

test("Reevo's examples run as they stand through Prism's proxy, with no contract violation", async () => {
  const document = await documentAt('/openapi.json');
  const key = server.seeded?.keys.find((demo) => !demo.expired && demo.name === 'Demo Full Access')?.key;
  if (!key) throw new Error('The demo has no full-access key.');
  const { runs, without } = await runExamples(await startPrism(document, 'reevo'), document, { 'x-api-key': key });
  expect(without).toEqual([]);
  expect(runs.map((run) => run.operationId)).toEqual(expect.arrayContaining(['upsertAccountContact', 'createAccount', 'getAccount', 'createWebhook', 'getWebhook', 'deleteWebhook']));
  expectDocumentedAnswers(runs, document, REEVO_REFUSALS);
  expect(runs.length).toBeGreaterThanOrEqual(22);
});

test("Reeve's examples run as they stand through Prism's proxy, with no contract violation", async () => {
  const document = await documentAt('/reeve/openapi.json');
  const token = server.seededReeve?.users[0]?.sessionToken;
  if (!token) throw new Error('The Reeve demo has no user.');
  const { runs, without } = await runExamples(await startPrism(document, 'reeve'), document, { authorization: `Bearer ${token}` });
  // A provider's webhook is signed with one connection's secret at delivery (packages/reference-server/test/reeve/inbound-http.test.ts sends real ones).
  expect(without).toEqual(['receiveProviderWebhook']);
  expect(runs.map((run) => run.operationId)).toEqual(expect.arrayContaining(['getAuthorizationUrl', 'connectWithApiKey', 'listConnections', 'listEvents', 'disconnectProvider', 'createWebhook', 'deleteWebhook']));
  expectDocumentedAnswers(runs, document, REEVE_REFUSALS);
  expect(runs.filter((run) => REEVE_REFUSALS[run.operationId] === undefined).length).toBeGreaterThanOrEqual(8);
});

test('Prism reports an answer that breaks the document (the check can fail)', async () => {
  const document = await documentAt('/openapi.json');
  const account = document.components.schemas['Account'];
  if (!account) throw new Error('The document has no Account schema.');
  // Every answer with an account now lacks a field the document requires.
  account.required = [...(account.required ?? []), 'not_a_field_of_accounts'];
  const key = server.seeded?.keys.find((demo) => !demo.expired && demo.name === 'Demo Full Access')?.key ?? '';
  const prismUrl = await startPrism(document, 'broken');
  const answer = await fetch(`${prismUrl}/api/v1/public/accounts/${encodeURIComponent(String(document.paths['/api/v1/public/accounts/{account_id}']?.['get']?.parameters?.find((parameter) => parameter.in === 'path')?.example))}?payload_type=json`, {
    headers: { 'x-api-key': key },
  });
  await answer.arrayBuffer();
  expect(answer.status).toBe(200);
  expect(answer.headers.get('sl-violations')).toContain('not_a_field_of_accounts');
});
