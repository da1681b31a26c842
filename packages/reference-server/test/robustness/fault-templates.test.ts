/**
 * Finding 6 of issue 12: adjacent placeholders (`/{a}{b}{c}…`) compiled to a backtracking pattern that every
 * request was tried against, before authentication, and rules were compiled again on every request. A rule's path
 * is now checked and compiled once, when it is added; a placeholder must be a whole segment, and matching is
 * segment by segment.
 */
import { FaultInjector } from '../../src/runtime/faults';
import { API, startTestServer, type TestServer } from '../support/server';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.server.close());
afterEach(() => t.admin('DELETE', '/faults'));

test.each([
  [`${API}/accounts/{a}{b}{c}{d}{e}{f}{g}{h}{i}{j}{k}{l}`, '{a}{b}{c}{d}{e}{f}{g}{h}{i}{j}{k}{l}'],
  [`${API}/accounts/id-{account_id}`, 'id-{account_id}'],
  [`${API}/accounts/{}`, '{}'],
  [`${API}/accounts/{account_id`, '{account_id'],
])('POST /__admin/faults refuses %s with 422 naming the path, the segment and the fix, and adds nothing', async (path, segment) => {
  const answer = await t.admin('POST', '/faults', { method: '*', path, status: 503 });
  expect(answer.status).toBe(422);
  expect(answer.body.detail).toContain(JSON.stringify(path));
  expect(answer.body.detail).toContain(JSON.stringify(segment));
  expect(answer.body.detail).toContain('a placeholder must be a whole path segment');
  expect((await t.admin('GET', '/faults')).body).toEqual([]);
});

describe('matching, segment by segment', () => {
  const injector = new FaultInjector();
  injector.add({ method: 'get', path: `${API}/accounts/{account_id}`, status: 503 });
  injector.add({ method: '*', path: `${API}/contacts/search`, status: 429, times: 1 });

  test.each([
    ['GET', `${API}/accounts/0b7c1d2e-3f40-4a51-8b62-7c83d94ea5f6`, 503],
    ['get', `${API}/accounts/anything`, 503],
    ['POST', `${API}/contacts/search`, 429],
  ])('%s %s matches', (method, path, status) => {
    expect(injector.take(method, path)).toEqual({ status });
  });

  test.each([
    ['POST', `${API}/accounts/x`],
    ['GET', `${API}/accounts/`],
    ['GET', `${API}/accounts/x/more`],
    ['GET', `${API}/accounts`],
    ['POST', `${API}/contacts/search`],
  ])('%s %s does not (the search rule is used up)', (method, path) => {
    expect(injector.take(method, path)).toBeNull();
  });
});
