import { isLoopback } from '../../src/net/loopback';
import { checkConnectedAddress, isAllowedWebhookUrl } from '../../src/webhooks';

describe('isAllowedWebhookUrl', () => {
  it.each([
    'http://127.0.0.1:8080/hook',
    'http://127.9.9.9/hook',
    'http://localhost:3000/hook',
    'http://LOCALHOST./hook',
    'http://[::1]:3000/hook',
    'http://[::ffff:127.0.0.1]/hook',
    'https://127.0.0.1/hook',
    'http://2130706433/hook',
    'http://0x7f000001/hook',
    'http://127.1/hook',
  ])('allows loopback %s', (url) => {
    expect(isAllowedWebhookUrl(url, [])).toBeNull();
  });

  it('refuses a public https host and says how to allow it', () => {
    const message = isAllowedWebhookUrl('https://hooks.example.com/reevo', []);
    expect(message).toContain('hooks.example.com is not allowed');
    expect(message).toContain('--allow-webhook-host hooks.example.com');
  });

  it('allows an https host named in allowHosts, in any case', () => {
    expect(isAllowedWebhookUrl('https://Hooks.Example.com/reevo', ['hooks.example.COM'])).toBeNull();
  });

  it('refuses plain http outside loopback even when the host is allowed', () => {
    expect(isAllowedWebhookUrl('http://hooks.example.com/reevo', ['hooks.example.com'])).toContain('must use https');
  });

  it.each([
    ['http://10.0.0.1/hook', 'must use https'],
    ['https://192.168.1.10/hook', 'is not allowed'],
    ['ftp://127.0.0.1/hook', 'not ftp'],
    ['not a url', 'not an absolute URL'],
    ['http://user:pass@127.0.0.1/hook', 'user name or password'],
  ])('refuses %s', (url, reason) => {
    expect(isAllowedWebhookUrl(url, [])).toContain(reason);
  });
});

describe('isLoopback', () => {
  it('knows loopback from other private addresses', () => {
    expect(isLoopback('127.0.0.2')).toBe(true);
    expect(isLoopback('::1')).toBe(true);
    expect(isLoopback('10.0.0.1')).toBe(false);
    expect(isLoopback('localhost.example.com')).toBe(false);
  });
});

describe('isAllowedWebhookUrl once the server listens', () => {
  const own = { address: '127.0.0.1', port: 4010 };

  it('refuses its own port on loopback, and only that port', () => {
    expect(isAllowedWebhookUrl('http://localhost:4010/hook', [], own)).toContain('the reference server itself (localhost:4010)');
    expect(isAllowedWebhookUrl('http://[::1]:4010/hook', [], own)).toContain('the reference server itself ([::1]:4010)');
    expect(isAllowedWebhookUrl('http://localhost:4011/hook', [], own)).toBeNull();
  });

  it('judges an allowed https host by name only: its address is checked when connecting', () => {
    expect(isAllowedWebhookUrl('https://hooks.example.com:4010/reevo', ['hooks.example.com'], own)).toBeNull();
    expect(checkConnectedAddress({ hostname: 'hooks.example.com', address: '127.0.0.1', port: 4010 }, ['hooks.example.com'], own)).toContain('itself');
  });
});
