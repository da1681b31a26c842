/** A remote target, named by two environment variables: a base URL and a credential. */

/** Reads a remote target's two variables from the environment: both or neither, and an http(s) base URL. */
export function remoteVariables(
  env: NodeJS.ProcessEnv,
  names: { baseUrl: string; credential: string },
  words: { example: string; credential: string },
): { baseUrl: string; credential: string } | undefined {
  const baseUrl = env[names.baseUrl];
  const credential = env[names.credential];
  if (!baseUrl && !credential) return undefined;
  if (!baseUrl || !credential) {
    const missing = baseUrl ? names.credential : names.baseUrl;
    throw new Error(`${missing} is not set: a remote conformance run needs both ${names.baseUrl} (e.g. ${words.example}) and ${names.credential} (${words.credential}).`);
  }
  if (!/^https?:$/.test(URL.parse(baseUrl)?.protocol ?? '')) throw new Error(`${names.baseUrl} is not an http(s) URL: "${baseUrl}". Give the API's origin, e.g. ${words.example}.`);
  return { baseUrl: baseUrl.replace(/\/+$/, ''), credential };
}
