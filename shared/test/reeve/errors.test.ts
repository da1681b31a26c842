import {
  ReeveApiError,
  ReeveAuthError,
  ReeveBadRequestError,
  ReeveError,
  ReeveForbiddenError,
  ReeveNotFoundError,
  ReeveProviderError,
  ReeveRateLimitError,
  ReeveServerError,
  ReeveSessionExpiredError,
  ReeveValidationError,
  createReeveClient,
  errorCategoryOf,
  parseReeveError,
  type TransportResponse,
} from '@reevo/client/reeve';

const answer = (status: number, body: unknown, headers: Record<string, string> = {}): TransportResponse => ({ status, body, headers });

/** One case per error of docs/reeve-api.md §1 and §3, plus bodies that are not FastAPI's. */
describe('parseReeveError', () => {
  it('401 "Not authenticated" → ReeveSessionExpiredError, an auth error that says how to get a new session', () => {
    const error = parseReeveError(answer(401, { detail: 'Not authenticated' }), 'listConnections');
    expect(error).toBeInstanceOf(ReeveSessionExpiredError);
    expect(error).toBeInstanceOf(ReeveAuthError);
    expect(error).toMatchObject({ status: 401, operationId: 'listConnections', category: 'expired' });
    expect(error.message).toMatch(/Not authenticated.*expired after 30 days without use, was revoked.*Sign in to Reeve again/);
  });

  it('403 "Not authenticated" (older FastAPI) → the same session error', () => {
    const error = parseReeveError(answer(403, { detail: 'Not authenticated' }));
    expect(error).toBeInstanceOf(ReeveSessionExpiredError);
    expect(error).toMatchObject({ status: 403, category: 'expired' });
  });

  it('403 for a brand the user is not in → ReeveForbiddenError naming the brand and the fix', () => {
    const error = parseReeveError(answer(403, { detail: 'You are not a member of brand brand_globex' }));
    expect(error).toBeInstanceOf(ReeveForbiddenError);
    expect(error).not.toBeInstanceOf(ReeveAuthError);
    expect(error.category).toBe('permission');
    expect(error.message).toBe('You are not a member of brand brand_globex. Choose a brand you belong to (the brand ID setting), or leave it empty for your default brand.');
  });

  it('422 → ReeveValidationError with one issue per field, read from FastAPI loc', () => {
    const error = parseReeveError(answer(422, {
      detail: [
        { type: 'missing', loc: ['body', 'api_key'], msg: 'Field required', input: { provider: 'stripe' } },
        { type: 'missing', loc: ['body', 'config', 'subdomain'], msg: 'Zendesk needs config.subdomain: your Zendesk subdomain, e.g. acme for acme.zendesk.com' },
      ],
    }));
    expect(error).toBeInstanceOf(ReeveValidationError);
    expect((error as ReeveValidationError).issues).toEqual([
      { field: 'api_key', location: 'body', message: 'Field required', type: 'missing' },
      { field: 'config.subdomain', location: 'body', message: 'Zendesk needs config.subdomain: your Zendesk subdomain, e.g. acme for acme.zendesk.com', type: 'missing' },
    ]);
    expect(error).toMatchObject({ local: false, category: 'validation' });
    expect(error.message).toMatch(/^Reeve rejected the request: api_key: Field required; config\.subdomain: Zendesk needs/);
  });

  it('422 with a plain detail still names what Reeve said', () => {
    const error = parseReeveError(answer(422, { detail: 'Unknown event shopify.order.deleted' }));
    expect((error as ReeveValidationError).issues).toEqual([{ field: '', location: 'body', message: 'Unknown event shopify.order.deleted', type: 'invalid' }]);
  });

  it('404 → ReeveNotFoundError with the server words and a hint', () => {
    const error = parseReeveError(answer(404, { detail: 'No github connection to disconnect' }));
    expect(error).toBeInstanceOf(ReeveNotFoundError);
    expect(error.category).toBe('not_found');
    expect(error.message).toMatch(/^No github connection to disconnect\. Check the provider or ID/);
  });

  it('400 → ReeveBadRequestError carrying the server message as is (it names the fix)', () => {
    const detail = 'Stripe refused the key sk_live_****abcd: check that you copied the whole secret key.';
    const error = parseReeveError(answer(400, { detail }));
    expect(error).toBeInstanceOf(ReeveBadRequestError);
    expect(error).toMatchObject({ message: detail, category: 'bad_request', status: 400 });
  });

  it('502 in FastAPI form → ReeveProviderError naming the provider', () => {
    const error = parseReeveError(answer(502, { detail: 'Stripe could not be reached to check the key' }));
    expect(error).toBeInstanceOf(ReeveProviderError);
    expect(error).toMatchObject({ provider: 'stripe', category: 'provider', status: 502 });
    expect(error.message).toMatch(/^Stripe could not be reached to check the key\. Stripe may be down/);
  });

  it('502 names the provider by its name or slug, the longest match first', () => {
    expect(parseReeveError(answer(502, { detail: 'Google Analytics (GA4) did not answer' }))).toMatchObject({ provider: 'google_analytics' });
    expect(parseReeveError(answer(502, { detail: 'Google Ads did not answer' }))).toMatchObject({ provider: 'google_ads' });
    expect(parseReeveError(answer(502, { detail: 'The provider did not answer' }))).toMatchObject({ provider: undefined });
  });

  it("502 from a proxy (an HTML page) → ReeveServerError, not the provider's", () => {
    const error = parseReeveError(answer(502, '<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>'));
    expect(error).toBeInstanceOf(ReeveServerError);
    expect(error.message).toBe('Reeve could not answer (HTTP 502: 502 Bad Gateway). Try again in a few minutes; if it goes on, contact Reeve support.');
  });

  it('500 → ReeveServerError', () => {
    expect(parseReeveError(answer(500, { detail: 'Internal Server Error' }))).toMatchObject({ name: 'ReeveServerError', category: 'server' });
  });

  it('429 → ReeveRateLimitError with Retry-After', () => {
    const error = parseReeveError(answer(429, { detail: 'Too Many Requests' }, { 'retry-after': '30' }));
    expect(error).toBeInstanceOf(ReeveRateLimitError);
    expect(error).toMatchObject({ retryAfterSeconds: 30, category: 'quota' });
    expect(error.message).toMatch(/in 30 seconds/);
  });

  it('any other status → ReeveApiError, whose category follows the status', () => {
    const error = parseReeveError(answer(405, { detail: 'Method Not Allowed' }));
    expect(error).toBeInstanceOf(ReeveApiError);
    expect(error).toMatchObject({ category: 'bad_request', message: 'Reeve answered HTTP 405: Method Not Allowed.' });
  });

  it('keeps the request id for support', () => {
    expect(parseReeveError(answer(500, {}, { 'x-request-id': 'req_42' }))).toMatchObject({ requestId: 'req_42' });
  });
});

describe('errors through the client', () => {
  it.each([
    [401, { detail: 'Not authenticated' }, ReeveSessionExpiredError],
    [403, { detail: 'Not authenticated' }, ReeveSessionExpiredError],
    [403, { detail: 'You are not a member of brand brand_globex' }, ReeveForbiddenError],
    [422, { detail: [{ type: 'missing', loc: ['body', 'api_key'], msg: 'Field required' }] }, ReeveValidationError],
    [404, { detail: 'Unknown provider myspace' }, ReeveNotFoundError],
    [400, { detail: 'Meta Ads connects by OAuth: use Get Authorization URL instead.' }, ReeveBadRequestError],
    [502, { detail: 'Stripe could not be reached' }, ReeveProviderError],
  ])('%i %j → %p', async (status, body, type) => {
    const reeve = createReeveClient({ sessionToken: 'tok', transport: async () => ({ status, headers: {}, body }) });
    const error = await reeve.connections.connectWithApiKey({ provider: 'stripe', api_key: 'sk_test_1' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(type);
    expect(error).toBeInstanceOf(ReeveError);
    expect(errorCategoryOf(error)).toBe((error as ReeveError).category);
    expect(error).toMatchObject({ status, operationId: 'connectWithApiKey' });
  });

  it('an error a platform transport throws that is already Reeve’s passes through unchanged', async () => {
    const own = new ReeveForbiddenError('no');
    const reeve = createReeveClient({ sessionToken: 'tok', transport: async () => Promise.reject(own) });
    await expect(reeve.connections.list()).rejects.toBe(own);
  });
});
