/** Reading a Reeve target from the environment: both variables or neither, an optional brand, clear errors. */
import { BASE_URL_VARIABLE, BRAND_VARIABLE, reeveTargetFromEnvironment, SESSION_TOKEN_VARIABLE } from './remote-target';

describe('reeveTargetFromEnvironment', () => {
  it('names no target when neither variable is set, so the run falls back to its own server', () => {
    expect(reeveTargetFromEnvironment({})).toBeUndefined();
  });

  it('builds a target of the base URL (without a trailing slash), the session token and the brand, without the admin API', async () => {
    const source = reeveTargetFromEnvironment({ [BASE_URL_VARIABLE]: 'https://services.reeve.example/', [SESSION_TOKEN_VARIABLE]: 'a1b2', [BRAND_VARIABLE]: 'brand_9' });
    expect(source?.admin).toBe(false);
    expect((await source!.start()).target).toEqual({ baseUrl: 'https://services.reeve.example', sessionToken: 'a1b2', brand: 'brand_9' });
    const withoutBrand = reeveTargetFromEnvironment({ [BASE_URL_VARIABLE]: 'http://127.0.0.1:4010', [SESSION_TOKEN_VARIABLE]: 'a1b2' });
    expect((await withoutBrand!.start()).target).toEqual({ baseUrl: 'http://127.0.0.1:4010', sessionToken: 'a1b2' });
  });

  it('names the missing variable when only one is set, and refuses a base URL that is not http(s)', () => {
    expect(() => reeveTargetFromEnvironment({ [BASE_URL_VARIABLE]: 'https://services.reeve.example' })).toThrow(new RegExp(`^${SESSION_TOKEN_VARIABLE} is not set`));
    expect(() => reeveTargetFromEnvironment({ [SESSION_TOKEN_VARIABLE]: 'a1b2' })).toThrow(new RegExp(`^${BASE_URL_VARIABLE} is not set`));
    expect(() => reeveTargetFromEnvironment({ [BASE_URL_VARIABLE]: 'services.reeve.example', [SESSION_TOKEN_VARIABLE]: 'a1b2' })).toThrow(/REEVE_CONFORMANCE_BASE_URL is not an http\(s\) URL: "services\.reeve\.example"/);
  });
});
