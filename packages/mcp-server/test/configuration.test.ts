/** The environment decides which products serve tools; a start with none, or a bad base URL, says what to set. */
import { ConfigurationError, connectProducts } from '../src/index';

it('serves a product only when its credential is set', () => {
  expect(connectProducts({ REEVO_API_KEY: 'rk_1' }).map(({ product }) => product.prefix)).toEqual(['reevo']);
  expect(connectProducts({ REEVE_SESSION_TOKEN: 'tok' }).map(({ product }) => product.prefix)).toEqual(['reeve']);
  expect(connectProducts({ REEVO_API_KEY: 'rk_1', REEVE_SESSION_TOKEN: 'tok' }).map(({ product }) => product.prefix)).toEqual(['reevo', 'reeve']);
});

it('a start with neither credential names both variables', () => {
  expect(() => connectProducts({ REEVO_API_KEY: '  ', REEVE_BRAND: 'brand_acme' })).toThrow(ConfigurationError);
  expect(() => connectProducts({})).toThrow(/REEVO_API_KEY .*REEVE_SESSION_TOKEN/);
});

it('points each client at its base URL, and refuses one that is no http(s) URL by its name', () => {
  const [reevo, reeve] = connectProducts({ REEVO_API_KEY: 'rk_1', REEVO_BASE_URL: 'http://127.0.0.1:4010/', REEVE_SESSION_TOKEN: 'tok' });
  expect(reevo?.client.baseUrl).toBe('http://127.0.0.1:4010');
  expect(reeve?.client.baseUrl).toBe('https://services.meetreeve.com');
  expect(() => connectProducts({ REEVE_SESSION_TOKEN: 'tok', REEVE_BASE_URL: 'services.meetreeve.com' })).toThrow(/REEVE_BASE_URL is not an http\(s\) URL/);
});
