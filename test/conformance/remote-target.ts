/**
 * A target the suite does not control, such as the real API: a base URL and a full-access key, given by environment.
 * It has no admin API, so only the sections that need nothing more than a key apply to it.
 */
import type { TargetSource } from './suite';
import type { Target } from './target';

export const BASE_URL_VARIABLE = 'REEVO_CONFORMANCE_BASE_URL';
export const API_KEY_VARIABLE = 'REEVO_CONFORMANCE_API_KEY';

export function remoteTarget(credentials: { baseUrl: string; apiKey: string }): Target {
  return { baseUrl: credentials.baseUrl.replace(/\/+$/, ''), apiKey: credentials.apiKey };
}

/** The target the environment names, or undefined when it names none. */
export function targetFromEnvironment(env: NodeJS.ProcessEnv = process.env): TargetSource | undefined {
  const baseUrl = env[BASE_URL_VARIABLE];
  const apiKey = env[API_KEY_VARIABLE];
  if (!baseUrl && !apiKey) return undefined;
  if (!baseUrl || !apiKey) {
    const missing = baseUrl ? API_KEY_VARIABLE : BASE_URL_VARIABLE;
    throw new Error(`${missing} is not set: a remote conformance run needs both ${BASE_URL_VARIABLE} (e.g. https://api.reevo.ai) and ${API_KEY_VARIABLE} (a key with every permission).`);
  }
  if (!/^https?:$/.test(URL.parse(baseUrl)?.protocol ?? '')) throw new Error(`${BASE_URL_VARIABLE} is not an http(s) URL: "${baseUrl}". Give the API's origin, e.g. https://api.reevo.ai.`);
  const target = remoteTarget({ baseUrl, apiKey });
  return { admin: false, start: async () => ({ target }) };
}
