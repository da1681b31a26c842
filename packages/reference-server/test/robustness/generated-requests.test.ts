/**
 * Generated requests through `inject`, well-formed and broken: the server never answers 5xx, every error body is
 * one of docs/reevo-api.md §3's envelopes, and every request the catalog calls valid succeeds (its body matching the
 * response schema) or fails with a documented business error. The seed is fixed, so a failure replays;
 * `npm run fuzz` runs the same properties with FUZZ_RUNS requests and a fresh seed, and reads FUZZ_REPORT.
 */
import { writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { createReferenceServer, type ReferenceServer } from '../../src/server';
import { allowedStatuses, echoProblem, envelopeProblem, expectationFor, type Outcome } from './expectations';
import { brokenRequest, hostileRequest, unknownPathRequest, wellFormedRequest, type WireRequest } from './request-generator';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 3000);
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261123);
const REPORT = process.env['FUZZ_REPORT'];

/** How the runs split between the three properties. */
const SHARE = { wellFormed: 0.4, broken: 0.4, hostile: 0.1, unknownPath: 0.1 };

let server: ReferenceServer;
let key: string;
const tally = { requests: 0, byOutcome: {} as Record<string, number>, byStatus: {} as Record<string, number>, byKind: {} as Record<string, number> };

beforeAll(async () => {
  // Time scale 1: events of generated webhook subscriptions make one attempt (to a closed port) and then wait.
  server = await createReferenceServer({ seed: 'demo', timeScale: 1, webhookTimeoutMs: 200 });
  key = server.seeded?.keys.find((demo) => demo.name === 'Demo Full Access')?.key ?? '';
});
afterAll(async () => {
  await server.close();
  if (REPORT) writeFileSync(REPORT, `${JSON.stringify({ seed: SEED, ...tally }, null, 2)}\n`);
});

function count(bucket: Record<string, number>, name: string): void {
  bucket[name] = (bucket[name] ?? 0) + 1;
}

async function send(request: WireRequest): Promise<{ status: number; headers: Record<string, unknown>; body: unknown; text: string }> {
  const response = await server.app.inject({
    method: request.method as 'GET',
    url: request.url,
    headers: request.headers,
    ...(request.payload === undefined ? {} : { payload: request.payload }),
  });
  let body: unknown = undefined;
  try {
    body = response.body === '' ? undefined : JSON.parse(response.body);
  } catch {
    body = response.body;
  }
  return { status: response.statusCode, headers: response.headers, body, text: response.body };
}

/** Checks one answer against the oracle; returns false (so fast-check shrinks and reports the request) on any breach. */
async function answersAsDocumented(request: WireRequest): Promise<boolean> {
  const expectation = expectationFor(request);
  const answer = await send(request);
  tally.requests += 1;
  count(tally.byOutcome, expectation.outcome);
  count(tally.byStatus, String(answer.status));
  count(tally.byKind, request.kind);
  const allowed = allowedStatuses(expectation);
  const problems: string[] = [];
  if (answer.status >= 500) problems.push(`a ${answer.status}: ${answer.text.slice(0, 300)}`);
  if (!allowed.includes(answer.status)) problems.push(`status ${answer.status} for a ${expectation.outcome} request, allowed ${allowed.join('/')}`);
  if (answer.status >= 400) {
    const problem = envelopeProblem(answer.status, answer.body, answer.headers) ?? echoProblem(answer.status, answer.body);
    if (problem) problems.push(`${problem}: ${answer.text.slice(0, 300)}`);
  } else if (expectation.operation?.response && answer.status === expectation.operation.successStatus) {
    const parsed = expectation.operation.response.safeParse(answer.body);
    if (!parsed.success) problems.push(`success body breaks ${expectation.operation.operationId}'s response schema: ${parsed.error.message}`);
  }
  if (problems.length) throw new Error(`${request.method} ${request.url.slice(0, 200)} (${request.kind}, ${expectation.outcome}): ${problems.join('; ')}`);
  return true;
}

function check(arbitrary: fc.Arbitrary<WireRequest>, share: number): Promise<void> {
  return fc.assert(fc.asyncProperty(arbitrary, answersAsDocumented), { seed: SEED, numRuns: Math.max(1, Math.round(RUNS * share)), endOnFailure: true });
}

const TIMEOUT_MS = Math.max(60_000, RUNS * 20);

test('well-formed requests from every operation\'s schemas succeed or fail with a documented error', () => check(wellFormedRequest(key), SHARE.wellFormed), TIMEOUT_MS);

test('broken requests never answer 5xx and always answer in an docs/reevo-api.md §3 envelope', () => check(brokenRequest(key), SHARE.broken), TIMEOUT_MS);

test('hostile bodies (deep, wide, odd unicode, prototype keys, edge numbers) never answer 5xx and are answered as documented', () => check(hostileRequest(key), SHARE.hostile), TIMEOUT_MS);

test('unknown paths and methods answer 404 or 405 with {detail}', () => check(unknownPathRequest(key), SHARE.unknownPath), TIMEOUT_MS);

test('the generators reach every outcome the oracle knows, so no property is vacuous', () => {
  const reached = Object.keys(tally.byOutcome) as Outcome[];
  expect(reached).toEqual(expect.arrayContaining<Outcome>(['valid', 'invalid', 'unauthenticated', 'no-route', 'too-large', 'bad-url']));
  const successes = Object.entries(tally.byStatus).filter(([status]) => status.startsWith('2')).reduce((sum, [, n]) => sum + n, 0);
  expect(successes).toBeGreaterThan(RUNS * 0.05);
});
