/**
 * The fake providers over HTTP, under `/__providers/{provider}/…` (docs/reeve-api.md §6 "Fake providers"), for a
 * browser and for tests: the consent page and its `decision=` shortcut, the token endpoint (RFC 6749 §4.1.3, §6, and
 * Meta's `fb_exchange_token`), revocation (RFC 7009) and key checks. They run the same operations the Reeve
 * endpoints call in process (`fake-providers.ts`). A provider set unreachable answers 503.
 */
import { isProviderSlug, REEVE_PROVIDERS, type ProviderSlug } from '@integration-pack/core/reeve/api';
import type { FastifyInstance, FastifyPluginAsync, FastifyReply } from 'fastify';
import { DetailError } from '../../http/errors';
import { readJsonBody } from '../../http/json-body';
import type { ReeveRuntime } from '../reeve-runtime';
import { consentPage, problemPage } from './consent-page';
import type { ConsentRequest, TokenResult } from './fake-providers';
import { ProviderUnreachableError } from './provider-behaviour';
import { isOAuthProvider, TOKEN_MODELS, type OAuthProviderSlug } from './token-models';

type Fields = Record<string, unknown>;

export function providerRoutes(reeve: ReeveRuntime): FastifyPluginAsync {
  return async (scope: FastifyInstance) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, text, done) => done(null, Object.fromEntries(new URLSearchParams(String(text)))));
    scope.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, text, done) => {
      try {
        done(null, String(text).trim() === '' ? {} : readJsonBody(String(text)));
      } catch (error) {
        done(error as Error, undefined);
      }
    });
    scope.setErrorHandler((error, _request, reply) => {
      if (error instanceof ProviderUnreachableError) return reply.code(503).send({ error: 'temporarily_unavailable', error_description: error.message });
      throw error;
    });

    scope.get('/:provider/authorize', async (request, reply) => {
      const provider = oauthProviderOf(request.params);
      const query = stringFields(request.query);
      const name = REEVE_PROVIDERS[provider].name;
      const consent = query as Partial<ConsentRequest>;
      const problem = reeve.providers.consentProblem(provider, consent);
      if (problem !== null) return reply.code(400).type('text/html; charset=utf-8').send(problemPage(name, problem));
      const decision = query.decision;
      if (decision === 'approve' || decision === 'deny') {
        return reply.redirect(reeve.providers.decide(provider, consent as ConsentRequest, decision, Math.floor(Date.now() / 1000)), 302);
      }
      return reply.type('text/html; charset=utf-8').send(consentPage(name, TOKEN_MODELS[provider].scopes, query));
    });

    scope.post('/:provider/token', async (request, reply) => {
      const provider = oauthProviderOf(request.params);
      const fields = stringFields(request.body);
      return tokenAnswer(reply, grant(reeve, provider, fields));
    });

    scope.post('/:provider/revoke', async (request, reply) => {
      const provider = providerOf(request.params);
      const { token } = stringFields(request.body);
      if (!token) return reply.code(400).send({ error: 'invalid_request', error_description: 'token is required (RFC 7009 §2.1).' });
      reeve.providers.revoke(provider, token);
      return reply.code(200).send({});
    });

    scope.post('/:provider/keys/check', async (request, reply) => {
      const provider = providerOf(request.params);
      const body = (request.body ?? {}) as Fields;
      const key = typeof body.api_key === 'string' ? body.api_key : '';
      const check = reeve.providers.checkKey(provider, key, stringFields(body.config));
      if (!check.accepted) return reply.code(401).send({ error: 'invalid_api_key', error_description: check.reason });
      return { account_name: check.accountName };
    });
  };
}

function grant(reeve: ReeveRuntime, provider: OAuthProviderSlug, fields: Record<string, string>): TokenResult {
  switch (fields.grant_type) {
    case 'authorization_code':
      return reeve.providers.exchangeCode(provider, { code: fields.code ?? '', code_verifier: fields.code_verifier ?? '', redirect_uri: fields.redirect_uri ?? '', client_id: fields.client_id ?? '' });
    case 'refresh_token':
      return reeve.providers.renew(provider, { refresh_token: fields.refresh_token });
    case 'fb_exchange_token':
      return reeve.providers.renew(provider, { access_token: fields.fb_exchange_token });
    default:
      return { ok: false, refusal: { error: 'unsupported_grant_type', error_description: `grant_type must be authorization_code, refresh_token or fb_exchange_token, not ${fields.grant_type ?? '(none)'}.` } };
  }
}

/** RFC 6749 §5.1 and §5.2: no caching; `invalid_client` is 401, every other refusal 400. */
function tokenAnswer(reply: FastifyReply, result: TokenResult): FastifyReply {
  reply.header('cache-control', 'no-store');
  if (result.ok) return reply.code(200).send(result.token);
  return reply.code(result.refusal.error === 'invalid_client' ? 401 : 400).send(result.refusal);
}

function providerOf(params: unknown): ProviderSlug {
  const provider = String((params as Fields).provider);
  if (!isProviderSlug(provider)) throw new DetailError(404, `No fake provider is called ${provider}.`);
  return provider;
}

function oauthProviderOf(params: unknown): OAuthProviderSlug {
  const provider = providerOf(params);
  if (!isOAuthProvider(provider)) throw new DetailError(404, `${REEVE_PROVIDERS[provider].name} takes API keys: it has no OAuth endpoints.`);
  return provider;
}

function stringFields(value: unknown): Record<string, string> {
  if (value === null || typeof value !== 'object') return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}
