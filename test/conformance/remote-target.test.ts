/** Reading a remote target from the environment: both variables or neither, and a clear error naming what is wrong. */
import { API_KEY_VARIABLE, BASE_URL_VARIABLE, targetFromEnvironment } from './remote-target';

describe('targetFromEnvironment', () => {
  it('names no target when neither variable is set, so the run falls back to its own server', () => {
    expect(targetFromEnvironment({})).toBeUndefined();
  });

  it('builds a target of only the base URL (without a trailing slash) and the key, without the admin API', async () => {
    const source = targetFromEnvironment({ [BASE_URL_VARIABLE]: 'https://api.reevo.example/', [API_KEY_VARIABLE]: 'rv_key' });
    expect(source?.admin).toBe(false);
    const started = await source!.start();
    expect(started.target).toEqual({ baseUrl: 'https://api.reevo.example', apiKey: 'rv_key' });
  });

  it('names the missing variable when only one is set', () => {
    expect(() => targetFromEnvironment({ [BASE_URL_VARIABLE]: 'https://api.reevo.example' })).toThrow(new RegExp(`^${API_KEY_VARIABLE} is not set`));
    expect(() => targetFromEnvironment({ [API_KEY_VARIABLE]: 'rv_key' })).toThrow(new RegExp(`^${BASE_URL_VARIABLE} is not set`));
  });

  it('refuses a base URL that is not a URL, saying what to give', () => {
    expect(() => targetFromEnvironment({ [BASE_URL_VARIABLE]: 'api.reevo.example', [API_KEY_VARIABLE]: 'rv_key' })).toThrow(/REEVO_CONFORMANCE_BASE_URL is not an http\(s\) URL: "api\.reevo\.example"\. Give the API's origin/);
    expect(() => targetFromEnvironment({ [BASE_URL_VARIABLE]: 'localhost:3000', [API_KEY_VARIABLE]: 'rv_key' })).toThrow(/is not an http\(s\) URL/);
  });
});
