import nock from 'nock';
import {
  EXAMPLE,
  EXAMPLE_ACCOUNT,
  EXAMPLE_USER,
  ReevoNetworkError,
  ReevoQuotaError,
  ReevoServerError,
  ReevoTimeoutError,
  createAxiosTransport,
  createReevoClient,
  type RetryOptions,
} from '@reevo/client';

const BASE = 'http://reevo.test';
const ACCOUNT_PATH = `/api/v1/public/accounts/${EXAMPLE.accountId}`;

/** A client over the real axios transport whose backoff sleeps are recorded instead of waited. */
function clientWithRetries(retry: Partial<RetryOptions> | false = {}, timeoutMs?: number) {
  const sleeps: number[] = [];
  const policy = retry === false ? false : { sleep: async (ms: number) => void sleeps.push(ms), random: () => 0.5, ...retry };
  const client = createReevoClient({ apiKey: 'k', baseUrl: BASE, axios: { retry: policy, ...(timeoutMs ? { timeoutMs } : {}) } });
  return { client, sleeps };
}

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  expect(nock.pendingMocks()).toEqual([]);
  nock.cleanAll();
});
afterAll(() => {
  nock.enableNetConnect();
  // nock patches Node's http module, which every test file in this jest worker shares: take the patch off again.
  nock.restore();
});

describe('the axios transport', () => {
  it('sends the key, payload_type=json and a JSON body', async () => {
    nock(BASE, { reqheaders: { 'x-api-key': 'k', 'content-type': 'application/json' } })
      .post('/api/v1/public/users/search', { email: EXAMPLE.ownerEmail })
      .query({ payload_type: 'json' })
      .reply(200, [EXAMPLE_USER]);
    const { client } = clientWithRetries(false);
    await expect(client.users.search({ email: EXAMPLE.ownerEmail })).resolves.toEqual([EXAMPLE_USER]);
  });

  it('waits the Retry-After of a 429, then succeeds', async () => {
    nock(BASE).get(ACCOUNT_PATH).query(true).reply(429, { error: 'QuotaExceededError' }, { 'Retry-After': '2' });
    nock(BASE).get(ACCOUNT_PATH).query(true).reply(200, EXAMPLE_ACCOUNT);
    const { client, sleeps } = clientWithRetries();
    await expect(client.accounts.get({ account_id: EXAMPLE.accountId })).resolves.toEqual(EXAMPLE_ACCOUNT);
    expect(sleeps).toEqual([2000]);
  });

  it('retries a 429 even on a write: the server did not process it', async () => {
    nock(BASE).post('/api/v1/public/accounts').query(true).reply(429, '', { 'Retry-After': '1' });
    nock(BASE).post('/api/v1/public/accounts').query(true).reply(200, EXAMPLE_ACCOUNT);
    const { client, sleeps } = clientWithRetries();
    await expect(client.accounts.create({ name: 'Acme' })).resolves.toMatchObject({ name: 'Acme' });
    expect(sleeps).toEqual([1000]);
  });

  it('gives up on a Retry-After longer than the cap and reports the quota error', async () => {
    nock(BASE).get(ACCOUNT_PATH).query(true).reply(429, '', { 'Retry-After': '3600' });
    const { client, sleeps } = clientWithRetries({ maxRetryAfterSeconds: 60 });
    const error = await client.accounts.get({ account_id: EXAMPLE.accountId }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ReevoQuotaError);
    expect((error as ReevoQuotaError).retryAfterSeconds).toBe(3600);
    expect(sleeps).toEqual([]);
  });

  it('retries a 503 on a read with exponential backoff and jitter, then succeeds', async () => {
    nock(BASE).get(ACCOUNT_PATH).query(true).times(2).reply(503, 'unavailable');
    nock(BASE).get(ACCOUNT_PATH).query(true).reply(200, EXAMPLE_ACCOUNT);
    const { client, sleeps } = clientWithRetries({ baseDelayMs: 100, random: () => 0.5 });
    await expect(client.accounts.get({ account_id: EXAMPLE.accountId })).resolves.toEqual(EXAMPLE_ACCOUNT);
    expect(sleeps).toEqual([50, 100]);
  });

  it('caps the backoff at maxDelayMs', async () => {
    nock(BASE).get(ACCOUNT_PATH).query(true).times(4).reply(500);
    const { client, sleeps } = clientWithRetries({ retries: 3, baseDelayMs: 1000, maxDelayMs: 1500, random: () => 0.999 });
    await expect(client.accounts.get({ account_id: EXAMPLE.accountId })).rejects.toBeInstanceOf(ReevoServerError);
    expect(sleeps).toEqual([999, 1498, 1498]);
  });

  it('retries a search POST (safe to repeat) after a 502', async () => {
    nock(BASE).post('/api/v1/public/accounts/search').query(true).reply(502, '<html><title>Bad Gateway</title></html>');
    nock(BASE).post('/api/v1/public/accounts/search').query(true).reply(200, []);
    const { client } = clientWithRetries();
    await expect(client.accounts.search({ domain_name: 'acme.com' })).resolves.toEqual([]);
  });

  it('never repeats a create after a 5xx: it may have happened', async () => {
    nock(BASE).post('/api/v1/public/accounts').query(true).reply(500, 'boom');
    const { client, sleeps } = clientWithRetries();
    const error = await client.accounts.create({ name: 'Acme' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ReevoServerError);
    expect((error as ReevoServerError).status).toBe(500);
    expect(sleeps).toEqual([]);
  });

  it('repeats a create whose connection was refused: it never reached the server', async () => {
    nock(BASE).post('/api/v1/public/accounts').query(true).replyWithError(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }));
    nock(BASE).post('/api/v1/public/accounts').query(true).reply(200, EXAMPLE_ACCOUNT);
    const { client, sleeps } = clientWithRetries();
    await expect(client.accounts.create({ name: 'Acme' })).resolves.toMatchObject({ id: EXAMPLE.accountId });
    expect(sleeps).toHaveLength(1);
  });

  it('times out a slow answer with a ReevoTimeoutError', async () => {
    nock(BASE).get(ACCOUNT_PATH).query(true).delay(500).reply(200, EXAMPLE_ACCOUNT);
    const { client } = clientWithRetries(false, 50);
    const error = await client.accounts.get({ account_id: EXAMPLE.accountId }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ReevoTimeoutError);
    expect((error as Error).message).toMatch(/within 50 ms/);
  });

  it('reports a cancelled request as a ReevoNetworkError with its code and operation', async () => {
    const { client } = clientWithRetries(false);
    const controller = new AbortController();
    // Aborted before it is sent: axios refuses at once, so no request (and no interceptor) is involved.
    controller.abort();
    const error = await client.accounts.get({ account_id: EXAMPLE.accountId }, { signal: controller.signal }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ReevoNetworkError);
    expect(error).toMatchObject({ message: 'The request was cancelled.', code: 'ERR_CANCELED', operationId: 'getAccount' });
  });

  it('sends once when retries are off', async () => {
    nock(BASE).get(ACCOUNT_PATH).query(true).reply(503);
    const { client } = clientWithRetries(false);
    await expect(client.accounts.get({ account_id: EXAMPLE.accountId })).rejects.toBeInstanceOf(ReevoServerError);
  });

  it('hands a non-JSON body to the error parser without losing the status', async () => {
    nock(BASE).get(ACCOUNT_PATH).query(true).reply(504, '<html><title>Gateway Timeout</title></html>', { 'Content-Type': 'text/html' });
    const { client } = clientWithRetries(false);
    const error = (await client.accounts.get({ account_id: EXAMPLE.accountId }).catch((caught: unknown) => caught)) as ReevoServerError;
    expect(error.status).toBe(504);
    expect(error.body).toContain('Gateway Timeout');
  });

  it('is a plain transport too, usable without the client', async () => {
    nock(BASE).get('/ping').reply(200, { ok: true }, { 'Content-Type': 'application/json', 'X-Thing': 'a' });
    const transport = createAxiosTransport({ retry: false });
    await expect(transport({ method: 'GET', url: `${BASE}/ping`, headers: {}, safeToRetry: true })).resolves.toEqual({
      status: 200,
      headers: expect.objectContaining({ 'x-thing': 'a' }),
      body: { ok: true },
    });
  });
});
