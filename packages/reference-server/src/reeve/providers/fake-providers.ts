/**
 * The fake providers' side of OAuth and API keys (docs/reeve-api.md §4, §6 "Fake providers"): they issue
 * single-use, short-lived authorization codes bound to a PKCE challenge, exchange them for tokens, renew tokens by
 * each provider's model (`token-models.ts`), revoke by RFC 7009 and check API keys. The Reeve endpoints call them in
 * process; `provider-routes.ts` serves the same operations over HTTP under `/__providers/{provider}/…`.
 * Tokens are kept as SHA-256 hashes, as a real provider would; all times are the server clock's.
 */
import { createHash, hash, randomBytes } from 'node:crypto';
import { isCallbackUrl, REEVE_PROVIDERS, type ProviderSlug } from '@integration-pack/core/reeve/api';
import { signShopifyCallback } from '@integration-pack/core/providers';
import { DEFAULT_BEHAVIOUR, ProviderUnreachableError, type ProviderBehaviour } from './provider-behaviour';
import { checkApiKey, type KeyCheck } from './key-checks';
import { TOKEN_MODELS, type OAuthProviderSlug } from './token-models';

/** How long an authorization code can be exchanged [C]: RFC 6749 §4.1.2 asks for a short life, at most 10 minutes. */
export const CODE_LIFETIME_MS = 5 * 60 * 1000;

/** The standard OAuth token answer (RFC 6749 §5.1), with the account's name, as Slack and Shopify add theirs. */
export interface TokenAnswer {
  access_token: string;
  token_type: 'bearer';
  expires_in?: number;
  refresh_token?: string;
  refresh_token_expires_in?: number;
  scope: string;
  account_name: string;
}

/** An OAuth error answer (RFC 6749 §5.2). */
export interface OAuthErrorAnswer {
  error: 'invalid_grant' | 'invalid_request' | 'invalid_client' | 'unsupported_grant_type';
  error_description: string;
}

export type TokenResult = { ok: true; token: TokenAnswer } | { ok: false; refusal: OAuthErrorAnswer };

/** The request a consent page approves or denies: what Authorize put in the consent URL. */
export interface ConsentRequest {
  client_id: string;
  redirect_uri: string;
  state: string;
  code_challenge: string;
  code_challenge_method: string;
  shop?: string | undefined;
}

interface IssuedCode {
  provider: OAuthProviderSlug;
  redirectUri: string;
  codeChallenge: string;
  shop: string | null;
  expiresAtMs: number;
  used: boolean;
  /** The grant the code was exchanged for: a second use revokes it (RFC 6749 §4.1.2). */
  grantId: string | null;
}

interface Grant {
  provider: OAuthProviderSlug;
  accessHash: string;
  accessExpiresAtMs: number | null;
  refreshHash: string | null;
  refreshExpiresAtMs: number | null;
  revoked: boolean;
  accountName: string;
}

export interface FakeProviderData {
  behaviours: Map<ProviderSlug, ProviderBehaviour>;
  /** By the code's SHA-256. */
  codes: Map<string, IssuedCode>;
  grants: Map<string, Grant>;
  /** Grant ids by the SHA-256 of their access token and of their refresh token. */
  tokens: Map<string, string>;
}

export function emptyFakeProviderData(): FakeProviderData {
  return { behaviours: new Map(), codes: new Map(), grants: new Map(), tokens: new Map() };
}

const sha256 = (value: string) => hash('sha256', value, 'hex');
const newToken = (prefix: string) => `${prefix}${randomBytes(24).toString('base64url')}`;

/** RFC 7636 S256: BASE64URL(SHA-256(verifier)). */
export function pkceChallenge(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url');
}

export function clientIdOf(provider: ProviderSlug): string {
  return `reeve-reference-${provider}`;
}

export class FakeProviders {
  /** One client secret per provider and process (Shopify's signs callbacks and webhooks, docs/reeve-api.md §4 "Secrets"). */
  private readonly secrets = new Map<ProviderSlug, string>();

  constructor(
    public data: FakeProviderData,
    private readonly nowMs: () => number,
    /** Codes, and grants, kept at once (`provider_grants`); past it the oldest go first. */
    private readonly capacity: number,
  ) {}

  clientSecret(provider: ProviderSlug): string {
    let secret = this.secrets.get(provider);
    if (secret === undefined) {
      secret = provider === 'shopify' ? `shpss_${randomBytes(16).toString('hex')}` : randomBytes(24).toString('base64url');
      this.secrets.set(provider, secret);
    }
    return secret;
  }

  behaviour(provider: ProviderSlug): ProviderBehaviour {
    return { ...(this.data.behaviours.get(provider) ?? DEFAULT_BEHAVIOUR) };
  }

  setBehaviour(provider: ProviderSlug, change: Partial<ProviderBehaviour>): ProviderBehaviour {
    const next = { ...this.behaviour(provider), ...change };
    this.data.behaviours.set(provider, next);
    return { ...next };
  }

  private reach(provider: ProviderSlug): ProviderBehaviour {
    const behaviour = this.behaviour(provider);
    if (!behaviour.reachable) throw new ProviderUnreachableError(REEVE_PROVIDERS[provider].name);
    return behaviour;
  }

  /** Why a consent request cannot be shown, or null; such a request is never redirected (RFC 6749 §4.1.2.1). */
  consentProblem(provider: OAuthProviderSlug, request: Partial<ConsentRequest>): string | null {
    if (request.client_id !== clientIdOf(provider)) return `Unknown client_id: this ${REEVE_PROVIDERS[provider].name} app is ${clientIdOf(provider)}.`;
    if (!request.redirect_uri) return 'The request has no redirect_uri.';
    // A real provider redirects only to registered URIs; the fake takes those Authorize takes, so it is no open redirect.
    if (!isCallbackUrl(request.redirect_uri)) return 'The redirect_uri must be an https URL, or http to a loopback address (localhost, 127.0.0.1, [::1]).';
    if (!request.state) return 'The request has no state.';
    if (!request.code_challenge || request.code_challenge_method !== 'S256') return 'The request needs a PKCE code_challenge with code_challenge_method=S256.';
    if (provider === 'shopify' && !request.shop) return 'The request has no shop.';
    return null;
  }

  /**
   * Where the browser goes once the user decides: `redirect_uri` with `code` and `state`, or `error=access_denied`
   * and `state`. Shopify adds `shop`, `timestamp` (real time, which is what Shopify signs) and `host`, and signs them
   * all with `hmac`. Call only after `consentProblem` found none.
   */
  decide(provider: OAuthProviderSlug, request: ConsentRequest, decision: 'approve' | 'deny', realNowSeconds: number): string {
    this.reach(provider);
    const target = new URL(request.redirect_uri);
    const parameters: Record<string, string> = { state: request.state };
    if (decision === 'deny') {
      parameters.error = 'access_denied';
      parameters.error_description = `The user denied ${REEVE_PROVIDERS[provider].name} access.`;
    } else {
      const code = randomBytes(16).toString('hex');
      this.forgetOldCodes();
      this.data.codes.set(sha256(code), {
        provider,
        redirectUri: request.redirect_uri,
        codeChallenge: request.code_challenge,
        shop: request.shop ?? null,
        expiresAtMs: this.nowMs() + CODE_LIFETIME_MS,
        used: false,
        grantId: null,
      });
      parameters.code = code;
    }
    if (provider === 'shopify' && request.shop) {
      parameters.shop = request.shop;
      parameters.host = Buffer.from(`${request.shop}/admin`).toString('base64url');
      parameters.timestamp = String(realNowSeconds);
      parameters.hmac = signShopifyCallback(parameters, this.clientSecret('shopify'));
    }
    for (const [name, value] of Object.entries(parameters)) target.searchParams.set(name, value);
    return target.toString();
  }

  /** The `authorization_code` grant, with the PKCE verifier checked against the code's challenge. */
  exchangeCode(provider: OAuthProviderSlug, fields: { code: string; code_verifier: string; redirect_uri: string; client_id: string }): TokenResult {
    const behaviour = this.reach(provider);
    if (fields.client_id !== clientIdOf(provider)) return refuse('invalid_client', `Unknown client_id ${fields.client_id}.`);
    const issued = this.data.codes.get(sha256(fields.code));
    if (behaviour.reject_next_code) {
      this.setBehaviour(provider, { reject_next_code: false });
      if (issued) issued.used = true;
      return refuse('invalid_grant', 'The authorization code was refused (reject_next_code).');
    }
    if (!issued || issued.provider !== provider) return refuse('invalid_grant', 'The authorization code is unknown.');
    if (issued.used) {
      // A code used twice may have been stolen: what it gave is revoked too (RFC 6749 §4.1.2).
      const grant = issued.grantId === null ? undefined : this.data.grants.get(issued.grantId);
      if (grant) grant.revoked = true;
      return refuse('invalid_grant', 'The authorization code was already used.');
    }
    issued.used = true;
    if (issued.expiresAtMs <= this.nowMs()) return refuse('invalid_grant', 'The authorization code has expired.');
    if (issued.redirectUri !== fields.redirect_uri) return refuse('invalid_grant', 'The redirect_uri does not match the one the code was issued for.');
    if (pkceChallenge(fields.code_verifier) !== issued.codeChallenge) return refuse('invalid_grant', 'PKCE verification failed: the code_verifier does not match the code_challenge.');
    const accountName = provider === 'shopify' ? (issued.shop ?? '') : TOKEN_MODELS[provider].accountName;
    const { grantId, token } = this.issueGrant(provider, accountName);
    issued.grantId = grantId;
    return { ok: true, token };
  }

  /**
   * Renews a grant by the provider's model: the `refresh_token` grant (Google, TikTok: the refresh token is kept;
   * Shopify, GitHub: a new one replaces it), or Meta's exchange of a live access token.
   */
  renew(provider: OAuthProviderSlug, presented: { refresh_token?: string | undefined; access_token?: string | undefined }): TokenResult {
    const behaviour = this.reach(provider);
    const name = REEVE_PROVIDERS[provider].name;
    if (behaviour.refresh === 'unreachable') throw new ProviderUnreachableError(name);
    const model = TOKEN_MODELS[provider];
    if (model.refresh === 'never') return refuse('unsupported_grant_type', `${name} tokens do not expire and cannot be refreshed.`);
    const exchange = model.refresh === 'exchange';
    const presentedToken = exchange ? presented.access_token : presented.refresh_token;
    if (!presentedToken) return refuse('invalid_request', exchange ? 'fb_exchange_token is required.' : 'refresh_token is required.');
    if (behaviour.refresh === 'invalid_grant') return refuse('invalid_grant', `${name} refused the refresh (refresh: "invalid_grant").`);
    const hashed = sha256(presentedToken);
    const grantId = this.data.tokens.get(hashed);
    const grant = grantId === undefined ? undefined : this.data.grants.get(grantId);
    const now = this.nowMs();
    if (!grant || grant.provider !== provider || grant.revoked) return refuse('invalid_grant', 'Token has been expired or revoked.');
    if (exchange) {
      if (grant.accessHash !== hashed) return refuse('invalid_grant', 'fb_exchange_token is not an access token.');
      if (grant.accessExpiresAtMs !== null && grant.accessExpiresAtMs <= now) return refuse('invalid_grant', 'Error validating access token: Session has expired.');
    } else {
      if (grant.refreshHash !== hashed) return refuse('invalid_grant', 'refresh_token is not a refresh token.');
      if (grant.refreshExpiresAtMs !== null && grant.refreshExpiresAtMs <= now) return refuse('invalid_grant', 'Token has been expired or revoked.');
    }
    const token: TokenAnswer = { access_token: newToken('at_'), token_type: 'bearer', scope: model.scopes.join(' '), account_name: grant.accountName };
    this.data.tokens.delete(grant.accessHash);
    grant.accessHash = sha256(token.access_token);
    this.data.tokens.set(grant.accessHash, grantId as string);
    if (model.accessSeconds !== null) {
      token.expires_in = model.accessSeconds;
      grant.accessExpiresAtMs = now + model.accessSeconds * 1000;
    }
    if (model.refresh === 'rotate' && grant.refreshHash !== null) {
      token.refresh_token = newToken('rt_');
      this.data.tokens.delete(grant.refreshHash);
      grant.refreshHash = sha256(token.refresh_token);
      this.data.tokens.set(grant.refreshHash, grantId as string);
      if (model.refreshSeconds !== null) {
        token.refresh_token_expires_in = model.refreshSeconds;
        grant.refreshExpiresAtMs = now + model.refreshSeconds * 1000;
      }
    }
    return { ok: true, token };
  }

  /** RFC 7009: the grant behind the token ends; an unknown token is answered the same (200). */
  revoke(provider: ProviderSlug, token: string): void {
    this.reach(provider);
    const grantId = this.data.tokens.get(sha256(token));
    const grant = grantId === undefined ? undefined : this.data.grants.get(grantId);
    if (grant && grant.provider === provider) grant.revoked = true;
  }

  /** Whether the grant behind a token is still good (for tests and the admin view of a provider). */
  isLive(provider: ProviderSlug, token: string): boolean {
    const grantId = this.data.tokens.get(sha256(token));
    const grant = grantId === undefined ? undefined : this.data.grants.get(grantId);
    return grant !== undefined && grant.provider === provider && !grant.revoked;
  }

  checkKey(provider: ProviderSlug, key: string, config: Readonly<Record<string, string>>): KeyCheck {
    const behaviour = this.reach(provider);
    if (behaviour.reject_next_key) {
      this.setBehaviour(provider, { reject_next_key: false });
      return { accepted: false, reason: 'the key was refused (reject_next_key)' };
    }
    return checkApiKey(provider, key, config);
  }

  private issueGrant(provider: OAuthProviderSlug, accountName: string): { grantId: string; token: TokenAnswer } {
    const model = TOKEN_MODELS[provider];
    const now = this.nowMs();
    const grantId = randomBytes(12).toString('hex');
    const token: TokenAnswer = { access_token: newToken('at_'), token_type: 'bearer', scope: model.scopes.join(' '), account_name: accountName };
    const grant: Grant = {
      provider,
      accessHash: sha256(token.access_token),
      accessExpiresAtMs: model.accessSeconds === null ? null : now + model.accessSeconds * 1000,
      refreshHash: null,
      refreshExpiresAtMs: null,
      revoked: false,
      accountName,
    };
    if (model.accessSeconds !== null) token.expires_in = model.accessSeconds;
    if (model.refresh === 'keep' || model.refresh === 'rotate') {
      token.refresh_token = newToken('rt_');
      grant.refreshHash = sha256(token.refresh_token);
      if (model.refreshSeconds !== null) {
        grant.refreshExpiresAtMs = now + model.refreshSeconds * 1000;
        token.refresh_token_expires_in = model.refreshSeconds;
      }
    }
    this.forgetOldGrants();
    this.data.grants.set(grantId, grant);
    this.data.tokens.set(grant.accessHash, grantId);
    if (grant.refreshHash !== null) this.data.tokens.set(grant.refreshHash, grantId);
    return { grantId, token };
  }

  /** Codes past their life can no longer be used (a reuse is refused as unknown); past the bound, the oldest go too. */
  private forgetOldCodes(): void {
    const now = this.nowMs();
    for (const [hashed, issued] of this.data.codes) {
      if (issued.expiresAtMs <= now || this.data.codes.size >= this.capacity) this.data.codes.delete(hashed);
    }
  }

  /** Revoked grants first, then, past the bound, the oldest: their tokens are then refused as unknown. */
  private forgetOldGrants(): void {
    for (const [grantId, grant] of this.data.grants) {
      if (grant.revoked || this.data.grants.size >= this.capacity) this.dropGrant(grantId, grant);
    }
  }

  private dropGrant(grantId: string, grant: Grant): void {
    this.data.grants.delete(grantId);
    this.data.tokens.delete(grant.accessHash);
    if (grant.refreshHash !== null) this.data.tokens.delete(grant.refreshHash);
  }

  /** Issues a grant directly, as if a consent had been approved long ago (the demo's connections). */
  seedGrant(provider: OAuthProviderSlug, accountName: string): TokenAnswer {
    return this.issueGrant(provider, accountName).token;
  }
}

function refuse(error: OAuthErrorAnswer['error'], description: string): TokenResult {
  return { ok: false, refusal: { error, error_description: description } };
}
