/**
 * A target the suite does not control, such as the real API: a base URL and a full-access key, given by environment.
 * It has no admin API, so only the sections that need nothing more than a key apply to it.
 */
import { remoteVariables } from './seam/environment';
import type { TargetSource } from './suite';
import type { Target } from './target';

export const BASE_URL_VARIABLE = 'REEVO_CONFORMANCE_BASE_URL';
export const API_KEY_VARIABLE = 'REEVO_CONFORMANCE_API_KEY';

export function remoteTarget(credentials: { baseUrl: string; apiKey: string }): Target {
  return { baseUrl: credentials.baseUrl.replace(/\/+$/, ''), apiKey: credentials.apiKey };
}

/** The target the environment names, or undefined when it names none. */
export function targetFromEnvironment(env: NodeJS.ProcessEnv = process.env): TargetSource | undefined {
  const named = remoteVariables(
    env,
    { baseUrl: BASE_URL_VARIABLE, credential: API_KEY_VARIABLE },
    { example: 'https://api.reevo.ai', credential: 'a key with every permission' },
  );
  if (!named) return undefined;
  const target = remoteTarget({ baseUrl: named.baseUrl, apiKey: named.credential });
  return { admin: false, start: async () => ({ target }) };
}
