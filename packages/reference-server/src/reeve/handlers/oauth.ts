/**
 * Endpoints 1 and 2 (docs/reeve-api.md §3, §4 "OAuth"): Authorize mints a random, single-use `state`, bound to the
 * user, the brand and the provider and valid 10 minutes on the server clock, with a PKCE S256 pair, and answers the
 * fake provider's consent URL; Callback checks the state (and Shopify's HMAC, on real time), then exchanges the code
 * with the matching verifier.
 */
import { randomBytes } from 'node:crypto';
import { REEVE_PROVIDERS, type ProviderSlug } from '@integration-pack/core/reeve/api';
import { verifyShopifyCallback } from '@integration-pack/core/providers';
import { DetailError, RequestValidationError } from '../../http/errors';
import { PROVIDERS_PREFIX } from '../../http/surfaces';
import type { ReeveCaller } from '../access';
import { assertRoomForConnection, saveConnected } from '../connections';
import { formatLimit, limitName } from '../../runtime/limits';
import { clientIdOf, pkceChallenge } from '../providers/fake-providers';
import { ProviderUnreachableError } from '../providers/provider-behaviour';
import { isOAuthProvider, TOKEN_MODELS, type OAuthProviderSlug } from '../providers/token-models';
import type { ReeveRuntime } from '../reeve-runtime';

/** How long a state can be used [R]. */
export const STATE_LIFETIME_MS = 10 * 60 * 1000;

export function authorize(reeve: ReeveRuntime, caller: ReeveCaller, provider: ProviderSlug, query: { redirect_uri: string; shop?: string | undefined }) {
  const oauthProvider = requireOAuth(provider);
  if (oauthProvider === 'shopify' && query.shop === undefined) {
    throw new RequestValidationError([{ type: 'missing', loc: ['query', 'shop'], msg: 'Field required: Shopify needs the shop domain, e.g. shop=acme-store.myshopify.com', input: null }]);
  }
  assertRoomForConnection(reeve, caller, provider);
  const nowMs = reeve.clock.nowMs();
  reeve.state.pruneAuthorizations(nowMs, STATE_LIFETIME_MS);
  const pending = reeve.state.pendingAuthorizationsOf(caller.user.id);
  const max = reeve.limits.pendingAuthorizationsPerUser;
  if (pending >= max) {
    throw new DetailError(
      400,
      `You have ${formatLimit(pending)} authorizations started in the last 10 minutes and not completed, the reference server's limit (${limitName('pendingAuthorizationsPerUser')}: ${formatLimit(max)}). Complete one, or wait for them to expire.`,
    );
  }
  const state = randomBytes(24).toString('base64url');
  const codeVerifier = randomBytes(32).toString('base64url');
  const shop = oauthProvider === 'shopify' ? (query.shop ?? null) : null;
  reeve.state.addAuthorization(state, { userId: caller.user.id, brandId: caller.brandId, provider, redirectUri: query.redirect_uri, codeVerifier, shop, createdAtMs: nowMs, used: false });
  const consent = new URL(`${caller.origin}${PROVIDERS_PREFIX}/${provider}/authorize`);
  const parameters: Record<string, string> = {
    response_type: 'code',
    client_id: clientIdOf(provider),
    redirect_uri: query.redirect_uri,
    scope: TOKEN_MODELS[oauthProvider].scopes.join(' '),
    state,
    code_challenge: pkceChallenge(codeVerifier),
    code_challenge_method: 'S256',
    ...(shop === null ? {} : { shop }),
  };
  for (const [name, value] of Object.entries(parameters)) consent.searchParams.set(name, value);
  return { auth_url: consent.toString() };
}

export function completeAuthorization(reeve: ReeveRuntime, caller: ReeveCaller, provider: ProviderSlug, query: Record<string, unknown>) {
  const oauthProvider = requireOAuth(provider);
  const name = REEVE_PROVIDERS[provider].name;
  const parameters = stringParameters(query);
  const restart = `start again with GET /api/oauth/${provider}/authorize`;
  const { state } = parameters;
  if (state === undefined) throw new DetailError(400, `The callback has no state: ${restart}.`);
  const pending = reeve.state.authorization(state);
  const nowMs = reeve.clock.nowMs();
  if (!pending || nowMs - pending.createdAtMs > STATE_LIFETIME_MS) {
    throw new DetailError(400, `The state is unknown or older than 10 minutes: ${restart}.`);
  }
  if (pending.userId !== caller.user.id || pending.brandId !== caller.brandId || pending.provider !== provider) {
    throw new DetailError(400, `The state was issued for another user, brand or provider: complete the authorization with the session, brand and provider that started it, or ${restart}.`);
  }
  if (pending.used) throw new DetailError(400, `The state was already used: ${restart}.`);
  if (oauthProvider === 'shopify') checkShopifyRedirect(reeve, parameters, pending.shop, restart);
  pending.used = true;
  if (parameters.error !== undefined) {
    return { connected: false as const, provider, error: parameters.error, ...(parameters.error_description === undefined ? {} : { error_description: parameters.error_description }) };
  }
  if (parameters.code === undefined) throw new DetailError(400, `The callback has neither a code nor an error from ${name}: ${restart}.`);
  let result;
  try {
    result = reeve.providers.exchangeCode(oauthProvider, { code: parameters.code, code_verifier: pending.codeVerifier, redirect_uri: pending.redirectUri, client_id: clientIdOf(provider) });
  } catch (error) {
    throw error instanceof ProviderUnreachableError ? unreachable(name) : error;
  }
  if (!result.ok) {
    throw new DetailError(400, `${name} refused the authorization code (${result.refusal.error}: ${result.refusal.error_description}) Codes work once and briefly: ${restart}.`);
  }
  const { token } = result;
  const row = saveConnected(reeve, caller, {
    provider,
    accountName: token.account_name,
    credentials: { kind: 'oauth', access_token: token.access_token, refresh_token: token.refresh_token ?? null, shop: pending.shop },
    expiresAt: token.expires_in === undefined ? null : new Date(nowMs + token.expires_in * 1000).toISOString(),
  });
  return { connected: true as const, provider, account_name: row.accountName };
}

/** Shopify signs its redirect with the app's client secret; the signature and its 90 s window are checked on real time. */
function checkShopifyRedirect(reeve: ReeveRuntime, parameters: Record<string, string>, shop: string | null, restart: string): void {
  const check = verifyShopifyCallback(parameters, reeve.providers.clientSecret('shopify'), Math.floor(Date.now() / 1000));
  if (!check.valid) {
    const why = {
      missing_hmac: 'has no hmac',
      bad_hmac: 'has an hmac that does not match its parameters',
      missing_timestamp: 'has no timestamp',
      stale_timestamp: 'has a timestamp more than 90 seconds away',
    }[check.reason];
    throw new DetailError(400, `The Shopify callback ${why}: pass every parameter of Shopify's redirect unchanged, at once, or ${restart}.`);
  }
  if (parameters.shop !== shop) throw new DetailError(400, `The Shopify callback is for shop ${parameters.shop ?? '(none)'}, but the authorization was started for ${shop ?? '(none)'}: ${restart}.`);
}

/** 404 for a slug no provider has; 400 pointing to Connect for a provider that takes an API key. */
export function requireOAuth(provider: ProviderSlug): OAuthProviderSlug {
  if (isOAuthProvider(provider)) return provider;
  const { name } = REEVE_PROVIDERS[provider];
  throw new DetailError(400, `${name} connects with an API key, not OAuth: use POST /api/connectors/connect with {"provider": "${provider}", "api_key": "…"}.`);
}

export function unreachable(name: string): DetailError {
  return new DetailError(502, `${name} could not be reached: nothing was changed. Try again in a moment.`);
}

function stringParameters(query: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(query).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}
