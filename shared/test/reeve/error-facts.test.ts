import { ReeveAuthError, ReeveNetworkError, parseReeveError, reeveErrorFacts, type TransportResponse } from '@integration-pack/core/reeve';

const answer = (status: number, body: unknown, headers: Record<string, string> = {}): TransportResponse => ({ status, body, headers });
const factsOf = (response: TransportResponse) => reeveErrorFacts(parseReeveError(response, 'listConnections'));

describe('reeveErrorFacts', () => {
  it.each([
    ['a lapsed or revoked session', 'expired-auth', answer(401, { detail: 'Not authenticated' })],
    ['a brand the user is not in', 'permission', answer(403, { detail: 'You are not a member of brand brand_globex' })],
    ['a provider with no connection', 'not-found', answer(404, { detail: 'No connection for shopify' })],
    ['a path Reeve has no route for (a wrong base URL)', 'route-not-found', answer(404, { detail: 'Not Found' })],
    ['a key the provider refused', 'bad-request', answer(400, { detail: 'Stripe refused the key sk_live_****abcd: Invalid API Key provided' })],
    ['a provider that cannot be reached', 'provider', answer(502, { detail: 'Stripe could not be reached' })],
    ['a proxy page', 'server', answer(503, '<html><title>Service Unavailable</title></html>')],
    ['too many requests', 'quota', answer(429, { detail: 'slow down' }, { 'retry-after': '7' })],
  ])('%s → %s', (_name, kind, response) => {
    expect(factsOf(response)).toMatchObject({ kind, status: response.status, body: response.body });
  });

  it('carries the fields at fault of a 422 and the wait of a 429', () => {
    const validation = factsOf(answer(422, { detail: [{ type: 'missing', loc: ['body', 'api_key'], msg: 'Field required', input: {} }] }));
    expect(validation).toMatchObject({ kind: 'validation', local: false, issues: [expect.objectContaining({ field: 'api_key' })] });
    expect(factsOf(answer(429, { detail: 'slow down' }, { 'retry-after': '7' }))).toMatchObject({ retryAfterSeconds: 7 });
  });

  it('reads the client-side errors: a missing session token is unknown credentials, no answer is the network', () => {
    expect(reeveErrorFacts(new ReeveAuthError('A Reeve session token is required.'))).toMatchObject({ kind: 'auth', name: 'ReeveAuthError' });
    expect(reeveErrorFacts(new ReeveNetworkError('Could not reach Reeve'))).toMatchObject({ kind: 'network' });
    expect(reeveErrorFacts(new Error('a bug'))).toBeUndefined();
  });
});
