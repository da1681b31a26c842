/**
 * Connect with an API key (docs/reeve-api.md §3 endpoint 3, §2 "Extra settings", §4 "API keys"): the key is checked
 * with the provider before it is stored; a refused key is 400 naming the provider and showing the key masked, never
 * whole; a provider that cannot be reached is 502.
 */
import { maskKey, PROVIDER_SLUGS, REEVE_PROVIDERS, type ProviderSlug } from '@reevo/client/reeve-catalog';
import { connectApiKey, connectWithKey, keyFor, listConnections } from './connect';
import { expectDetail } from './expectations';
import type { ReeveAdminSession } from './target';

const KEY_PROVIDERS = PROVIDER_SLUGS.filter((slug) => REEVE_PROVIDERS[slug].kind !== 'oauth');

export function describeApiKeys(session: () => ReeveAdminSession) {
  it.each(KEY_PROVIDERS)('%s: connects with its key and config, listed with its kind and tools, the key stored encrypted', async (provider: ProviderSlug) => {
    const user = await session().admin.user();
    await connectApiKey(session(), user, provider);
    const [listed] = await listConnections(session(), user);
    expect(listed).toMatchObject({ provider, type: REEVE_PROVIDERS[provider].kind, status: 'connected', tools: [...REEVE_PROVIDERS[provider].tools], expires_at: null });
    const [stored] = await session().admin.connections(user.id);
    expect(stored?.credentials).toEqual({ ciphertext: expect.any(String), iv: expect.any(String), tag: expect.any(String) });
    expect(JSON.stringify(stored)).not.toContain(keyFor(provider));
  });

  it.each([
    ['stripe', 'sk_live_****abcd'],
    ['posthog', 'phc_****abcd'],
    ['gorgias', 'key-****abcd'],
  ] as const)('%s: a refused key is 400 naming the provider, the key shown as %s and never whole', async (provider, masked) => {
    const user = await session().admin.user();
    await session().admin.provider(provider, { reject_next_key: true });
    const answer = await connectWithKey(session(), user, provider);
    expect(maskKey(provider, keyFor(provider))).toBe(masked);
    expectDetail(answer, 400, /./);
    const { detail } = answer.body as { detail: string };
    expect({ namesProvider: detail.includes(REEVE_PROVIDERS[provider].name), showsMaskedKey: detail.includes(masked) }).toEqual({ namesProvider: true, showsMaskedKey: true });
    expect(JSON.stringify(answer.body)).not.toContain(keyFor(provider));
    expect(await listConnections(session(), user)).toEqual([]);
    // The refusal was for that key only: the next one is checked afresh.
    await connectApiKey(session(), user, provider);
  });

  it('a provider that cannot be reached is 502, and the key is not stored', async () => {
    const user = await session().admin.user();
    await session().admin.provider('vercel', { reachable: false });
    try {
      const answer = await connectWithKey(session(), user, 'vercel');
      expectDetail(answer, 502, /Vercel/);
      expect(await listConnections(session(), user)).toEqual([]);
    } finally {
      await session().admin.provider('vercel', { reachable: true });
    }
    await connectApiKey(session(), user, 'vercel');
  });

  it('connecting a provider again replaces the connection instead of adding one', async () => {
    const user = await session().admin.user();
    await connectApiKey(session(), user, 'figma');
    await connectApiKey(session(), user, 'figma');
    expect((await listConnections(session(), user)).map((connection) => connection.provider)).toEqual(['figma']);
  });
}
