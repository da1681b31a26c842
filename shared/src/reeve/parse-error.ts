/**
 * Reads a failed Reeve answer into a typed error (docs/reeve-api.md §1 "Errors"): FastAPI's `{"detail": "…"}` for
 * every application error, `{"detail": [{type, loc, msg, input}]}` for a 422, or no envelope at all (a proxy's HTML
 * 502). The status always survives, whatever the body.
 */
import { FastApiValidationErrorBody, issueFromFastApi } from '../machine/fastapi';
import { retryAfterSeconds } from '../machine/retry-after';
import { asSentence, detailText, requestIdOf, truncate } from '../machine/response-text';
import type { TransportResponse } from '../machine/transport';
import {
  ReeveApiError,
  ReeveBadRequestError,
  ReeveForbiddenError,
  ReeveNotFoundError,
  ReeveProviderError,
  ReeveRateLimitError,
  ReeveServerError,
  ReeveSessionExpiredError,
  ReeveValidationError,
  SESSION_TOKEN_HELP,
  type ReeveError,
  type ReeveErrorContext,
} from './errors';
import { PROVIDER_SLUGS, REEVE_PROVIDERS, type ProviderSlug } from './providers';

/** FastAPI's `HTTPBearer` answers this for a missing, unknown, expired or revoked token (docs/reeve-api.md §1). */
export const NOT_AUTHENTICATED = 'Not authenticated';

export function parseReeveError(response: TransportResponse, operationId?: string): ReeveError {
  const { status, headers, body } = response;
  const context: ReeveErrorContext = { status, body, ...(operationId ? { operationId } : {}), ...requestIdOf(headers) };
  const text = detailText(body);

  // Older FastAPI answered a missing or bad bearer token with 403 and the same body, so both statuses count [P].
  if (status === 401 || (status === 403 && text === NOT_AUTHENTICATED)) {
    return new ReeveSessionExpiredError(
      `Reeve did not accept the session token (${text ?? 'Unauthorized'}): it expired after 30 days without use, was revoked, or was not copied in full. ${SESSION_TOKEN_HELP}`,
      context,
    );
  }
  switch (status) {
    case 403:
      return new ReeveForbiddenError(
        `${asSentence(text ?? 'Reeve refused access to this brand')} Choose a brand you belong to (the brand ID setting), or leave it empty for your default brand.`,
        context,
      );
    case 404:
      return new ReeveNotFoundError(`${asSentence(text ?? 'Not Found')} Check the provider or ID, and that the base URL is Reeve's (https://services.meetreeve.com).`, context);
    case 400:
      return new ReeveBadRequestError(text ?? 'Reeve refused the request as invalid (HTTP 400).', context);
    case 422: {
      const validation = FastApiValidationErrorBody.safeParse(body);
      const issues = validation.success
        ? validation.data.detail.map(issueFromFastApi)
        : [{ field: '', location: 'body', message: text ?? 'invalid request', type: 'invalid' }];
      return new ReeveValidationError(issues, context);
    }
    case 429: {
      const retryAfter = retryAfterSeconds(headers['retry-after']);
      const wait = retryAfter === undefined ? 'later' : `in ${retryAfter} seconds`;
      return new ReeveRateLimitError(`Reeve is receiving too many requests. Try again ${wait}.`, { ...context, ...(retryAfter === undefined ? {} : { retryAfterSeconds: retryAfter }) });
    }
    default:
      break;
  }
  // A 502 in FastAPI's envelope is Reeve's own word that a provider failed [C]; any other 5xx, or a proxy's page, is Reeve's.
  if (status === 502 && typeof body === 'object' && text !== undefined) {
    const provider = providerNamedIn(text);
    const who = provider ? REEVE_PROVIDERS[provider].name : 'The provider';
    return new ReeveProviderError(`${asSentence(text)} ${who} may be down: try again in a few minutes; if it goes on, check the provider's status page.`, {
      ...context,
      ...(provider ? { provider } : {}),
    });
  }
  if (status >= 500) {
    return new ReeveServerError(
      `Reeve could not answer (HTTP ${status}${text ? `: ${truncate(text)}` : ''}). Try again in a few minutes; if it goes on, contact Reeve support.`,
      context,
    );
  }
  return new ReeveApiError(`Reeve answered HTTP ${status}${text ? `: ${truncate(text)}` : ''}.`, context);
}

/** The provider a message names, by its name ("Stripe could not be reached") or slug; the longest name wins. */
function providerNamedIn(text: string): ProviderSlug | undefined {
  const lower = text.toLowerCase();
  const candidates = PROVIDER_SLUGS.flatMap((slug) => [REEVE_PROVIDERS[slug].name, slug].map((word) => ({ slug, word: word.toLowerCase() })));
  const named = candidates.filter(({ word }) => new RegExp(`(^|[^a-z0-9_])${escapeRegExp(word)}($|[^a-z0-9_])`).test(lower));
  return named.sort((a, b) => b.word.length - a.word.length)[0]?.slug;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
