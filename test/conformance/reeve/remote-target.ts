/**
 * A Reeve target the suite does not control, such as services.meetreeve.com: a base URL and a session token (and
 * optionally a brand), given by environment. It has no admin API, so only the sections that need nothing more than a
 * session apply to it.
 */
import { remoteVariables } from '../seam/environment';
import type { ReeveTargetSource } from './suite';
import type { ReeveTarget } from './target';

export const BASE_URL_VARIABLE = 'REEVE_CONFORMANCE_BASE_URL';
export const SESSION_TOKEN_VARIABLE = 'REEVE_CONFORMANCE_SESSION_TOKEN';
/** Optional: the brand to act in (`X-Reeve-Brand`); the user's default brand without it. */
export const BRAND_VARIABLE = 'REEVE_CONFORMANCE_BRAND';

export function remoteReeveTarget(credentials: { baseUrl: string; sessionToken: string; brand?: string }): ReeveTarget {
  return { baseUrl: credentials.baseUrl.replace(/\/+$/, ''), sessionToken: credentials.sessionToken, ...(credentials.brand ? { brand: credentials.brand } : {}) };
}

/** The target the environment names, or undefined when it names none. */
export function reeveTargetFromEnvironment(env: NodeJS.ProcessEnv = process.env): ReeveTargetSource | undefined {
  const named = remoteVariables(
    env,
    { baseUrl: BASE_URL_VARIABLE, credential: SESSION_TOKEN_VARIABLE },
    { example: 'https://services.meetreeve.com', credential: 'a session token of a user kept for testing' },
  );
  if (!named) return undefined;
  const brand = env[BRAND_VARIABLE];
  const target = remoteReeveTarget({ baseUrl: named.baseUrl, sessionToken: named.credential, ...(brand ? { brand } : {}) });
  return { admin: false, start: async () => ({ target }) };
}
