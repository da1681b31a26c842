/** The machine's small shared helpers, each the one copy the client and the reference server use. */
import { reevoPermissions } from '../../src/reevo/catalog/index';
import { findOperation } from '../../src/reevo/catalog/index';
import { listInWords, missingPermissionsOf, requiredPermissions, retryAfterMs, retryAfterSeconds } from '../../src/machine';
import { CLIENT_VERSION } from '../../src/reevo/client';
import packageJson from '../../package.json';

describe('Retry-After', () => {
  const now = Date.parse('2026-11-30T10:00:00Z');

  it('reads delay seconds and an HTTP date', () => {
    expect(retryAfterSeconds('120', now)).toBe(120);
    expect(retryAfterMs(' 7 ', now)).toBe(7000);
    expect(retryAfterMs('Mon, 30 Nov 2026 10:00:02 GMT', now)).toBe(2000);
    expect(retryAfterSeconds('Mon, 30 Nov 2026 10:00:01 GMT', now - 500)).toBe(2);
  });

  it('gives 0 for a date in the past and nothing for a missing or unreadable header', () => {
    expect(retryAfterMs('Mon, 30 Nov 2026 09:00:00 GMT', now)).toBe(0);
    for (const value of [undefined, null, '', '  ', 'soon', '-5', '1.5']) expect({ value, ms: retryAfterMs(value, now) }).toEqual({ value, ms: undefined });
  });
});

describe('listInWords', () => {
  it('lists with commas and a final conjunction', () => {
    expect(listInWords([])).toBe('');
    expect(listInWords(['a'])).toBe('a');
    expect(listInWords(['a', 'b'])).toBe('a and b');
    expect(listInWords(['a', 'b', 'c'], 'or')).toBe('a, b or c');
  });
});

describe('required permissions from the definition', () => {
  const createWebhook = findOperation('createWebhook')!;

  it("adds read access to each subscribed event's resource, once, after the operation's own", () => {
    const input = { url: 'https://example.com/hook', events: ['contact.created', 'contact.updated', 'activity.created', 'nope', 7] };
    expect(requiredPermissions(reevoPermissions, createWebhook, input)).toEqual(['webhooks:write', 'contacts:read', 'activities:write']);
  });

  it('leaves a non-list field and other operations to validation and their own permissions', () => {
    expect(requiredPermissions(reevoPermissions, createWebhook, { events: 'contact.created' })).toEqual(['webhooks:write']);
    expect(requiredPermissions(reevoPermissions, createWebhook, null)).toEqual(['webhooks:write']);
    expect(requiredPermissions(reevoPermissions, findOperation('getContact')!, { events: ['contact.created'] })).toEqual(['contacts:read']);
  });

  it('counts write as read when computing what is missing', () => {
    expect(missingPermissionsOf(reevoPermissions, ['contacts:write'], ['contacts:read', 'accounts:read'])).toEqual(['accounts:read']);
  });
});

describe('the version', () => {
  it("is the package's own, so the User-Agent and the published package agree", () => {
    expect(CLIENT_VERSION).toBe(packageJson.version);
  });
});
