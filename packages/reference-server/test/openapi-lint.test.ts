/**
 * Each served OpenAPI document passes Redocly's `recommended` ruleset and Spectral's OpenAPI ruleset (`spectral:oas`)
 * with no problem at all (errors, warnings, hints), linted offline by @redocly/openapi-core and
 * @stoplight/spectral-core with @stoplight/spectral-rulesets, pinned in package.json: what API tools and doc sites
 * read is clean.
 */
import { redoclyRecommendedProblems } from '../../../test-support/redocly-lint';
import { spectralOasProblems } from '../../../test-support/spectral-lint';
import { startTestServer, type TestServer } from './support/server';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.server.close());

test.each(['/openapi.json', '/reeve/openapi.json'])("%s has no problem under Redocly's recommended rules", async (path) => {
  const document: unknown = (await t.call('GET', path, { key: null, headers: { host: '127.0.0.1:4010' } })).body;
  expect(redoclyRecommendedProblems(document)).toEqual([]);
});

test('the linter reports what the recommended rules warn about (the gate can fail)', () => {
  const problems = redoclyRecommendedProblems({ openapi: '3.1.0', info: { title: 'No license', version: '1' }, paths: {} });
  expect(problems.map((problem) => problem.rule)).toEqual(expect.arrayContaining(['info-license']));
});

test.each(['/openapi.json', '/reeve/openapi.json'])("%s has no problem under Spectral's OpenAPI ruleset", async (path) => {
  const document: unknown = (await t.call('GET', path, { key: null, headers: { host: '127.0.0.1:4010' } })).body;
  expect(await spectralOasProblems(document)).toEqual([]);
});

test('Spectral reports what its OpenAPI ruleset warns about (the gate can fail)', async () => {
  const operation = { operationId: 'listThings', tags: ['Things'], responses: { '200': { description: 'The things.' } } };
  const problems = await spectralOasProblems({ openapi: '3.1.0', info: { title: 'Things', version: '1' }, paths: { '/things': { get: operation } } });
  expect(problems.map((problem) => problem.rule)).toEqual(expect.arrayContaining(['operation-description', 'info-contact', 'oas3-api-servers']));
});
