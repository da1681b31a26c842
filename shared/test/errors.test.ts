import {
  ReevoApiError,
  ReevoAuthError,
  ReevoBadRequestError,
  ReevoConflictError,
  ReevoKeyExpiredError,
  ReevoNotFoundError,
  ReevoPermissionError,
  ReevoQuotaError,
  ReevoServerError,
  ReevoValidationError,
  parseApiError,
  type TransportResponse,
} from '@integration-pack/core/reevo';

const generic = (error: string, message: string, details: Record<string, unknown> | null = null) => ({
  error_response_type: 'GENERIC',
  error,
  message,
  details,
});
const answer = (status: number, body: unknown, headers: Record<string, string> = {}): TransportResponse => ({ status, body, headers });

/** One case per row of docs/reevo-api.md §3, plus the framework errors and bodies that are neither envelope. */
describe('parseApiError', () => {
  it('unknown key → ReevoAuthError that says how to get a working key', () => {
    const error = parseApiError(answer(401, generic('UnauthorizedError', 'Invalid API key')), 'getAccount');
    expect(error).toBeInstanceOf(ReevoAuthError);
    expect(error).not.toBeInstanceOf(ReevoKeyExpiredError);
    expect(error.message).toMatch(/Invalid API key.*Settings → API Keys/);
    expect(error).toMatchObject({ status: 401, operationId: 'getAccount' });
  });

  it('expired key → ReevoKeyExpiredError (still an auth error)', () => {
    const error = parseApiError(answer(401, generic('UnauthorizedError', 'API key has expired')));
    expect(error).toBeInstanceOf(ReevoKeyExpiredError);
    expect(error).toBeInstanceOf(ReevoAuthError);
    expect(error.message).toMatch(/expired.*new key/);
  });

  it('missing permissions → machine names in the field, UI words and the fix in the message', () => {
    const error = parseApiError(
      answer(403, generic('ForbiddenError', 'API key is missing required permissions: Contacts Write, Accounts Write', { missing_permissions: ['contacts:write', 'accounts:write'] })),
    ) as ReevoPermissionError;
    expect(error).toBeInstanceOf(ReevoPermissionError);
    expect(error.missingPermissions).toEqual(['contacts:write', 'accounts:write']);
    expect(error.message).toBe('Your Reevo API key lacks the Contacts Write and Accounts Write permissions. Ask a workspace admin to add them in Settings → API Keys.');
  });

  it('missing permissions without details are read back from the message', () => {
    const error = parseApiError(answer(403, generic('ForbiddenError', 'API key is missing required permissions: Sequence Enrollment Write'))) as ReevoPermissionError;
    expect(error.missingPermissions).toEqual(['sequence_enrollment:write']);
    expect(error.message).toMatch(/lacks the Sequence Enrollment Write permission\. Ask a workspace admin to add it/);
  });

  it('quota exceeded → ReevoQuotaError with Retry-After and the quota details', () => {
    const error = parseApiError(
      answer(429, generic('QuotaExceededError', 'Quota exceeded', { limit: 100, window_seconds: 60, reset_at: '2026-11-23T10:01:00Z' }), { 'retry-after': '42' }),
    ) as ReevoQuotaError;
    expect(error).toBeInstanceOf(ReevoQuotaError);
    expect(error).toMatchObject({ retryAfterSeconds: 42, limit: 100, windowSeconds: 60, resetAt: '2026-11-23T10:01:00Z' });
    expect(error.message).toMatch(/Try again in 42 seconds/);
  });

  it('a Retry-After given as an HTTP date becomes seconds', () => {
    const inTenSeconds = new Date(Date.now() + 10_000).toUTCString();
    const error = parseApiError(answer(429, '', { 'retry-after': inTenSeconds })) as ReevoQuotaError;
    expect(error.retryAfterSeconds).toBeGreaterThanOrEqual(9);
    expect(error.retryAfterSeconds).toBeLessThanOrEqual(11);
  });

  // The reference server ends its message with a full stop; Reevo's may not. Either way, one full stop before the hint.
  it.each(['not found', 'not found.'])('record %s → ReevoNotFoundError of kind record, with the server message and a hint', (ending) => {
    const error = parseApiError(answer(404, generic('NotFoundError', `Account 5b3f8a2e-1c4d-4e6f-9a7b-2c8d0e1f3a4b ${ending}`))) as ReevoNotFoundError;
    expect(error).toMatchObject({ kind: 'record' });
    expect(error.message).toMatch(/^Account 5b3f.* not found\. Check the ID, and that the API key belongs to the right workspace\.$/);
  });

  it('unknown path (FastAPI detail) → ReevoNotFoundError of kind route that points at the base URL', () => {
    const error = parseApiError(answer(404, { detail: 'Not Found' })) as ReevoNotFoundError;
    expect(error).toMatchObject({ kind: 'route', status: 404 });
    expect(error.message).toMatch(/base URL/);
  });

  it('business rule → ReevoBadRequestError carrying the server message', () => {
    const error = parseApiError(answer(400, generic('BadRequestError', 'Stage "Won" does not exist. Valid stages: Discovery, Qualified.')));
    expect(error).toBeInstanceOf(ReevoBadRequestError);
    expect(error.message).toBe('Stage "Won" does not exist. Valid stages: Discovery, Qualified.');
  });

  it('conflict → ReevoConflictError', () => {
    const error = parseApiError(answer(409, generic('ConflictError', 'jane.doe@acme.com is already enrolled in an active sequence.')));
    expect(error).toBeInstanceOf(ReevoConflictError);
    expect(error.message).toMatch(/already enrolled/);
  });

  it('request validation (FastAPI detail[]) → ReevoValidationError with one issue per field', () => {
    const error = parseApiError(
      answer(422, {
        detail: [
          { type: 'missing', loc: ['header', 'x-api-key'], msg: 'Field required', input: null },
          { type: 'value_error', loc: ['body', 'metadata', 'activity_time'], msg: 'Input should be a valid datetime', input: 'soon' },
        ],
      }),
    ) as ReevoValidationError;
    expect(error).toBeInstanceOf(ReevoValidationError);
    expect(error.local).toBe(false);
    expect(error.issues).toEqual([
      { field: 'x-api-key', location: 'header', message: 'Field required', type: 'missing' },
      { field: 'metadata.activity_time', location: 'body', message: 'Input should be a valid datetime', type: 'value_error' },
    ]);
    expect(error.message).toMatch(/^Reevo rejected the request: x-api-key: Field required; metadata\.activity_time/);
  });

  it('a proxy HTML 502 → ReevoServerError that keeps the status and the page title', () => {
    const error = parseApiError(answer(502, '<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>'));
    expect(error).toBeInstanceOf(ReevoServerError);
    expect(error.status).toBe(502);
    expect(error.message).toMatch(/HTTP 502: 502 Bad Gateway\)\. Try again/);
  });

  it('an empty 500 → ReevoServerError', () => {
    expect(parseApiError(answer(500, undefined))).toBeInstanceOf(ReevoServerError);
  });

  it('405 (FastAPI detail) → ReevoApiError with the status', () => {
    const error = parseApiError(answer(405, { detail: 'Method Not Allowed' }));
    expect(error).toBeInstanceOf(ReevoApiError);
    expect(error.message).toBe('Reevo answered HTTP 405: Method Not Allowed.');
  });

  it('keeps the request id for support', () => {
    expect(parseApiError(answer(500, '', { 'x-request-id': 'req_1' })).requestId).toBe('req_1');
  });
});
