/**
 * One error taxonomy for both products (src/machine/api-error.ts): every typed error of Reevo and of Reeve carries a
 * category, so the platform layers map errors without knowing the product.
 */
import { API_ERROR_CATEGORIES, ApiError, categoryForStatus, errorCategoryOf } from '@reevo/client/machine';
import {
  ReevoApiError,
  ReevoAuthError,
  ReevoBadRequestError,
  ReevoConflictError,
  ReevoError,
  ReevoKeyExpiredError,
  ReevoNetworkError,
  ReevoNotFoundError,
  ReevoPermissionError,
  ReevoQuotaError,
  ReevoResponseValidationError,
  ReevoServerError,
  ReevoTimeoutError,
  ReevoValidationError,
  createReevoClient,
  parseApiError,
} from '@reevo/client/core';
import { parseReeveError, ReeveAuthError, ReeveNetworkError, ReeveResponseValidationError, ReeveTimeoutError, ReeveValidationError } from '@reevo/client/reeve-core';
import { fakeTransport } from '../helpers/fake-transport';

const issue = { field: 'name', location: 'body', message: 'is required', type: 'missing' };

describe('the error categories', () => {
  it.each([
    [new ReevoAuthError('x'), 'auth'],
    [new ReevoKeyExpiredError('x'), 'expired'],
    [new ReevoPermissionError(['contacts:write']), 'permission'],
    [new ReevoValidationError([issue]), 'validation'],
    [new ReevoNotFoundError('x', 'record'), 'not_found'],
    [new ReevoBadRequestError('x'), 'bad_request'],
    [new ReevoConflictError('x'), 'conflict'],
    [new ReevoQuotaError({}), 'quota'],
    [new ReevoServerError('x'), 'server'],
    [new ReevoApiError('x', { status: 405 }), 'bad_request'],
    [new ReevoNetworkError('x'), 'network'],
    [new ReevoTimeoutError('x'), 'network'],
    [new ReevoResponseValidationError([issue]), 'response'],
    [new ReeveAuthError('x'), 'auth'],
    [new ReeveValidationError([issue]), 'validation'],
    [new ReeveNetworkError('x'), 'network'],
    [new ReeveTimeoutError('x'), 'network'],
    [new ReeveResponseValidationError([issue]), 'response'],
  ].map(([error, category]) => [(error as Error).name, category as string, error as ApiError] as const))('%s → %s', (_, category, error) => {
    expect(error).toBeInstanceOf(ApiError);
    expect(error.category).toBe(category);
    expect(errorCategoryOf(error)).toBe(category);
    expect(API_ERROR_CATEGORIES).toContain(category);
  });

  it('is no own property, so errors compare and serialise as before', () => {
    expect(Object.keys(new ReevoAuthError('x'))).not.toContain('category');
    expect(Object.keys(new ReevoNotFoundError('x', 'route'))).toContain('kind');
  });

  it('has no category for errors that are no API’s', () => {
    expect(errorCategoryOf(new TypeError('bug'))).toBeUndefined();
    expect(errorCategoryOf('text')).toBeUndefined();
  });

  it('reads a bare status the same way for both products', () => {
    for (const [status, category] of [[401, 'auth'], [403, 'permission'], [404, 'not_found'], [409, 'conflict'], [422, 'validation'], [429, 'quota'], [400, 'bad_request'], [418, 'bad_request'], [500, 'server'], [503, 'server']] as const) {
      expect({ status, category: categoryForStatus(status) }).toEqual({ status, category });
    }
    expect(categoryForStatus(undefined)).toBe('network');
  });

  it('gives the same category to the same failure of either product', () => {
    for (const status of [404, 400, 422, 500]) {
      const body = status === 422 ? { detail: [{ type: 'missing', loc: ['body', 'name'], msg: 'Field required' }] } : { detail: 'Nope' };
      expect({ status, reevo: parseApiError({ status, headers: {}, body }).category }).toEqual({ status, reevo: parseReeveError({ status, headers: {}, body }).category });
    }
  });

  it('Reevo: a missing API key is an auth error, with the same words as before', () => {
    let thrown: unknown;
    try {
      createReevoClient({ apiKey: ' ', transport: fakeTransport() });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ReevoError);
    expect(thrown).toMatchObject({ category: 'auth', message: 'An API key is required. Create one in Reevo under Settings → API Keys (workspace admins only).' });
  });
});
