/**
 * What the reference server never answers: a proxy's HTML page, a 429 without Retry-After, a FastAPI 422 that the
 * client's own checks normally pre-empt. A scripted loopback server plays them (nock cannot be used here: core
 * patches `http` once per process for its logging, so another test file's patch can bypass nock's).
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAppTester } from 'zapier-platform-core';
import createAccount from '../src/account/create-account';
import { App } from './helpers/definitions';
import { performOf } from './helpers/live';
import { caught } from './helpers/zapier-errors';

interface ScriptedAnswer {
  status: number;
  body: string;
  contentType: string;
}

const appTester = createAppTester(App);
const json = (status: number, body: unknown): ScriptedAnswer => ({ status, body: JSON.stringify(body), contentType: 'application/json' });

describe('transport edge cases', () => {
  let server: Server;
  let baseUrl: string;
  let answer: ScriptedAnswer;
  let lastRequest: IncomingMessage | undefined;

  beforeAll(async () => {
    server = createServer((request, response) => {
      lastRequest = request;
      request.resume();
      request.on('end', () => response.writeHead(answer.status, { 'content-type': answer.contentType }).end(answer.body));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const createAcme = () => caught(appTester(performOf(createAccount), { authData: { api_key: 'rv_test_key', base_url: baseUrl }, inputData: { name: 'Acme' } }));

  it("keeps the status of a proxy's HTML error page", async () => {
    answer = { status: 502, body: '<html><title>502 Bad Gateway</title></html>', contentType: 'text/html' };
    const error = await createAcme();
    expect(error).toMatchObject({ name: 'AppError', status: 502 });
    expect(error.text).toContain('502 Bad Gateway');
    expect(lastRequest?.url).toBe('/api/v1/public/accounts?payload_type=json');
    expect(lastRequest?.headers['x-api-key']).toBe('rv_test_key');
  });

  it('retries a 429 without Retry-After after a minute', async () => {
    answer = json(429, { error_response_type: 'GENERIC', error: 'QuotaExceededError', message: 'Quota exceeded', details: null });
    expect(await createAcme()).toMatchObject({ name: 'ThrottledError', delay: 60 });
  });

  it("names a server 422's fields with the Zap's labels", async () => {
    answer = json(422, { detail: [{ type: 'string_too_short', loc: ['body', 'name'], msg: 'String should have at least 1 character', input: '' }] });
    const error = await createAcme();
    expect(error).toMatchObject({ name: 'AppError', code: 'InvalidInput', status: 422 });
    expect(error.text).toBe('Reevo rejected this. Name: String should have at least 1 character. Fix this field and try again.');
  });
});
