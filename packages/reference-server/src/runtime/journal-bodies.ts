/**
 * The bodies the request journal keeps: secrets masked, then cut to a bound. A secret is any value whose name says
 * it is one (keys, tokens, `client_secret`, OAuth `code`, webhook secrets, passwords, private keys), in a JSON body or
 * a form or query string; it keeps only its last 4 characters, as the journal's credential column does, when it is
 * long enough that 4 characters give nothing away. Masking works on the text, so it also covers a body that is not
 * valid JSON, and on the kept part only (a secret cut in two is masked as far as it goes): it costs one pass over at
 * most the bound, however large the body.
 */

/** What the journal keeps of one body. */
export interface JournalBody {
  /** The body as text, secrets masked, at most the journal's bound (`limits.journalBodyChars`). */
  text: string;
  /** Characters in the whole body, before it was cut. */
  length: number;
  truncated: boolean;
}

/** Names of fields holding secrets: whole names, any case, `_` or `-` or camelCase alike. */
const SECRET_NAME = String.raw`(?:api[_-]?key|key|secret|[a-z_-]*_secret|client[_-]?secret|clientSecret|webhook[_-]?secret|token|[a-z_-]*_token|accessToken|refreshToken|sessionToken|code|password|private[_-]?key|privateKey|authorization)`;

/** `"name": "value"` in JSON (the value a string, escapes included; unterminated where the body was cut). */
const JSON_SECRET = new RegExp(String.raw`("${SECRET_NAME}"\s*:\s*)"((?:[^"\\]|\\.)*)(?:"|$)`, 'gi');
/** `name=value` in a form body or a query string. */
const FORM_SECRET = new RegExp(String.raw`((?:^|[?&])${SECRET_NAME}=)([^&#\s]*)`, 'gi');

/** Every secret name holds one of these: a text without any (most bodies) skips the costlier patterns above. */
const MAY_HOLD_SECRET = /key|secret|token|code|password|authorization/i;

/** A secret of at least this many characters keeps its last 4; a shorter one keeps nothing. */
const SHOWN_TAIL_FROM = 12;

export function maskSecret(value: string): string {
  return value.length >= SHOWN_TAIL_FROM ? `****${value.slice(-4)}` : '****';
}

export function maskSecrets(text: string): string {
  if (!MAY_HOLD_SECRET.test(text)) return text;
  return text.replace(JSON_SECRET, (_match, name: string, value: string) => `${name}"${maskSecret(value)}"`).replace(FORM_SECRET, (_match, name: string, value: string) => `${name}${maskSecret(value)}`);
}

/**
 * The secret values a request sent (in its query or body, by their names), so that an answer echoing one under
 * another name is masked too: a validation error's `input`, for one.
 */
export function secretValuesOf(...texts: (string | null)[]): string[] {
  const values = new Set<string>();
  for (const text of texts) {
    if (!text || !MAY_HOLD_SECRET.test(text)) continue;
    for (const match of text.matchAll(JSON_SECRET)) if (match[2]) values.add(match[2]);
    for (const match of text.matchAll(FORM_SECRET)) if (match[2]) values.add(match[2]);
  }
  return [...values];
}

/**
 * The journal's copy of a body: null for none, else cut to `maxChars` and masked; `echoed` (from `secretValuesOf`)
 * are masked wherever they appear, before the cut so that no part of one survives it.
 */
export function journalBody(text: string | null, maxChars: number, echoed: readonly string[] = []): JournalBody | null {
  if (text === null || text === '') return null;
  const unechoed = echoed.reduce((masked, value) => masked.split(value).join(maskSecret(value)), text);
  const truncated = unechoed.length > maxChars;
  return { text: maskSecrets(truncated ? unechoed.slice(0, maxChars) : unechoed), length: text.length, truncated };
}
