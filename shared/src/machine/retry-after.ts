/**
 * The one reader of HTTP `Retry-After` (RFC 9110 §10.2.3): delay seconds or an HTTP date. The client's retries,
 * its quota error and the reference server's webhook dispatcher all read the header through this.
 */

/** The wait asked for, in whole seconds (a date in the past is 0), or undefined when missing or unreadable. */
export function retryAfterSeconds(value: string | null | undefined, now: number = Date.now()): number | undefined {
  const ms = retryAfterMs(value, now);
  return ms === undefined ? undefined : Math.ceil(ms / 1000);
}

/** The wait asked for, in milliseconds, or undefined when missing or unreadable. */
export function retryAfterMs(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (value === null || value === undefined) return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  // Every HTTP-date form names its month in letters; Date.parse alone would take "-5" as the year -5.
  if (!/[a-z]/i.test(trimmed)) return undefined;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
