/**
 * Who calls Reeve (docs/reeve-api.md §1): `Authorization: Bearer <session-token>`, an opaque UUID; a token that is
 * missing, unknown, expired or revoked is 401 `{"detail": "Not authenticated"}` [R]. The brand is the user's default
 * one, or the one `X-Reeve-Brand` names, which the user must belong to (403 naming it otherwise) [C].
 */
import { BRAND_HEADER } from '@integration-pack/core/reeve/api';
import type { FastifyRequest } from 'fastify';
import { DetailError } from '../http/errors';
import type { CallerIdentity } from '../http/request-context';
import type { ReeveRuntime } from './reeve-runtime';
import type { ReeveUser } from './state';

const BRAND = BRAND_HEADER.toLowerCase();

export interface ReeveCaller {
  user: ReeveUser;
  brandId: string;
  /** The session token: only to start its 30 days again (`touchSession`); never recorded. */
  token: string;
  /** Where the request was addressed (`http://127.0.0.1:4010`), for the fake providers' URLs. */
  origin: string;
}

const BEARER = /^Bearer\s+(\S+)\s*$/i;

export function notAuthenticated(): DetailError {
  return new DetailError(401, 'Not authenticated', { 'www-authenticate': 'Bearer' });
}

/** Reads the request only: the session's 30 days start again when the operation runs (`touchSession`). */
export function authenticate(reeve: ReeveRuntime, request: FastifyRequest): ReeveCaller {
  const token = BEARER.exec(request.headers.authorization ?? '')?.[1];
  if (token === undefined) throw notAuthenticated();
  const check = reeve.state.checkSession(token, reeve.clock.nowMs());
  if (check.outcome !== 'valid') throw notAuthenticated();
  const named = request.headers[BRAND];
  const brandId = typeof named === 'string' && named !== '' ? named : check.user.defaultBrandId;
  if (!reeve.state.isMember(check.user.id, brandId)) throw new DetailError(403, `You are not a member of brand ${brandId}`);
  return { user: check.user, brandId, token, origin: `${request.protocol}://${request.host}` };
}

/**
 * What the journal records of a Reeve caller: the user it acts for, and the session masked to its last 4
 * characters, e.g. `session ****1a2b` (docs/decisions.md). Reeve has no workspace.
 */
export function identityOf(caller: ReeveCaller): CallerIdentity {
  return { workspaceId: null, owner: caller.user.id, credential: `session ****${caller.token.slice(-4)}` };
}
