/**
 * Connecting a provider the ways a user does: the OAuth dance through the fake provider's `decision=` shortcut
 * (docs/reeve-api.md §6 "Fake providers"), and Connect with an API key (endpoint 3).
 */
import type { TransportResponse } from '@reevo/client/machine';
import type { ProviderSlug } from '@reevo/client/reeve-catalog';
import type { ReeveSession } from './target';

/** Who acts: a session token and, optionally, the brand to act in. */
export interface Actor {
  token: string;
  brand?: string;
}

export const SHOP = 'conformance-shop.myshopify.com';

const as = (actor: Actor) => ({ token: actor.token, ...(actor.brand ? { brand: actor.brand } : {}) });

/** Authorize (endpoint 1); the `shop` a Shopify authorization needs is added unless the query names one. */
export function authorize(session: ReeveSession, actor: Actor, provider: string, query: Record<string, string> = {}): Promise<TransportResponse> {
  const shop: Record<string, string> = provider === 'shopify' ? { shop: SHOP } : {};
  return session.raw({ method: 'GET', path: `/api/oauth/${provider}/authorize`, query: { ...shop, ...query }, ...as(actor) });
}

/** The query the consent page redirects back with, once the user has decided. */
export async function consent(session: ReeveSession, authUrl: string, decision: 'approve' | 'deny'): Promise<URLSearchParams> {
  const url = new URL(authUrl);
  url.searchParams.set('decision', decision);
  const answer = await session.get(url.toString());
  expect({ status: answer.status, location: typeof answer.headers.location }).toEqual({ status: 302, location: 'string' });
  return new URL(answer.headers.location!).searchParams;
}

/** The callback (endpoint 2) with exactly the query the provider redirected with. */
export function callback(session: ReeveSession, actor: Actor, provider: string, query: URLSearchParams): Promise<TransportResponse> {
  return session.raw({ method: 'GET', path: `/api/oauth/${provider}/callback`, query: Object.fromEntries(query), ...as(actor) });
}

/** Authorize, then the provider's redirect after the decision: what a callback would be given. */
export async function redirectAfter(session: ReeveSession, actor: Actor, provider: ProviderSlug, decision: 'approve' | 'deny' = 'approve'): Promise<URLSearchParams> {
  const authorized = await authorize(session, actor, provider);
  expect(authorized.status).toBe(200);
  return consent(session, (authorized.body as { auth_url: string }).auth_url, decision);
}

/** The whole dance: authorize → approve → callback; answers the callback's body. */
export async function connectOAuth(session: ReeveSession, actor: Actor, provider: ProviderSlug) {
  const answer = await callback(session, actor, provider, await redirectAfter(session, actor, provider));
  expect(answer).toMatchObject({ status: 200, body: { connected: true, provider } });
  return answer.body as { connected: true; provider: ProviderSlug; account_name: string };
}

/** A key shaped like the provider's own, ending in `tail` (the four characters a masked key shows). */
export function keyFor(provider: ProviderSlug, tail = 'abcd'): string {
  const prefix: Partial<Record<ProviderSlug, string>> = { stripe: 'sk_live_', posthog: 'phc_', klaviyo: 'pk_', figma: 'figd_' };
  if (provider === 'google_analytics') {
    const privateKey = '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----\n';
    return JSON.stringify({ type: 'service_account', project_id: 'conformance', client_email: 'reeve@conformance.iam.gserviceaccount.com', private_key: privateKey, private_key_id: `key${tail}` });
  }
  return `${prefix[provider] ?? 'key-'}${'x'.repeat(24)}${tail}`;
}

/** The `config` each API-key provider needs (docs/reeve-api.md §2 "Extra settings"). */
export const CONFIG_FOR: Partial<Record<ProviderSlug, Record<string, string>>> = {
  gorgias: { domain: 'acme.gorgias.com', email: 'ops@acme.example' },
  zendesk: { subdomain: 'acme', email: 'ops@acme.example' },
  posthog: { project_id: '12345' },
  google_analytics: { property_id: '987654321' },
};

export function connectWithKey(session: ReeveSession, actor: Actor, provider: string, body: Record<string, unknown> = {}): Promise<TransportResponse> {
  const slug = provider as ProviderSlug;
  return session.raw({
    method: 'POST',
    path: '/api/connectors/connect',
    body: { provider, api_key: keyFor(slug), ...(CONFIG_FOR[slug] ? { config: CONFIG_FOR[slug] } : {}), ...body },
    ...as(actor),
  });
}

export async function connectApiKey(session: ReeveSession, actor: Actor, provider: ProviderSlug) {
  const answer = await connectWithKey(session, actor, provider);
  expect(answer).toMatchObject({ status: 200, body: { connected: true, provider } });
  return answer.body as { connected: true; provider: ProviderSlug; account_name: string };
}

export interface ConnectionView {
  provider: ProviderSlug;
  type: string;
  status: string;
  account_name: string;
  brand_id: string;
  tools: string[];
  connected_at: string;
  expires_at: string | null;
  last_refreshed_at: string | null;
  status_reason?: string | null;
}

export async function listConnections(session: ReeveSession, actor: Actor): Promise<ConnectionView[]> {
  const answer = await session.raw({ method: 'GET', path: '/api/connectors/list', ...as(actor) });
  expect(answer.status).toBe(200);
  return (answer.body as { connections: ConnectionView[] }).connections;
}

export async function connectionOf(session: ReeveSession, actor: Actor, provider: ProviderSlug): Promise<ConnectionView | undefined> {
  return (await listConnections(session, actor)).find((connection) => connection.provider === provider);
}

export function disconnect(session: ReeveSession, actor: Actor, provider: string): Promise<TransportResponse> {
  return session.raw({ method: 'DELETE', path: `/api/connectors/${provider}`, ...as(actor) });
}
