/**
 * The limits on a request's size (`runtime/limits.ts`): the body's bytes (fastify refuses a larger body while
 * reading it; the answer names the limit) and any one string in it. Field schemas bound only some strings; the
 * string limit bounds every value and every object key, custom fields included, so no request stores a string of
 * any size. It is checked before the body's schema, as one 422 `string_too_long` item naming where the string is.
 */
import { formatLimit } from '../runtime/limits';
import type { ValidationIssue } from './errors';
import { echoOf, echoOfKey } from './validation-issues';

/** The first string (value or key) longer than `maxLength`, as a FastAPI item, or null when there is none. */
export function overlongStringIssue(body: unknown, maxLength: number): ValidationIssue | null {
  // Walked with a stack, not recursion: the body may be nested deeper than the call stack allows.
  const pending: { value: unknown; loc: (string | number)[] }[] = [{ value: body, loc: ['body'] }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { value, loc } = next;
    if (typeof value === 'string') {
      if (isOverlong(value, maxLength)) return issue(loc, value, maxLength, 'this value');
    } else if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index -= 1) pending.push({ value: value[index], loc: [...loc, index] });
    } else if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value);
      for (const [key] of entries) if (isOverlong(key, maxLength)) return issue(loc, key, maxLength, 'a key of this object');
      for (let index = entries.length - 1; index >= 0; index -= 1) {
        const [key, item] = entries[index] as [string, unknown];
        pending.push({ value: item, loc: [...loc, key] });
      }
    }
  }
  return null;
}

/** Characters are Unicode code points, as pydantic counts them; UTF-16 length is an upper bound, so most strings cost nothing. */
function isOverlong(text: string, maxLength: number): boolean {
  return text.length > maxLength && characters(text) > maxLength;
}

function characters(text: string): number {
  return [...text].length;
}

function issue(loc: (string | number)[], text: string, maxLength: number, what: string): ValidationIssue {
  return {
    type: 'string_too_long',
    loc: loc.map(echoOfKey),
    msg: `String should have at most ${formatLimit(maxLength)} characters: ${what} has ${formatLimit(characters(text))}, past the reference server's limit on any string in a request body (string_length). Send a shorter one.`,
    input: echoOf(text),
    ctx: { max_length: maxLength },
  };
}

/** fastify's code for a body past `bodyLimit`. */
export const BODY_TOO_LARGE = 'FST_ERR_CTP_BODY_TOO_LARGE';

export function bodyTooLargeMessage(bodyLimit: number): string {
  return `The request body is larger than ${formatLimit(bodyLimit)} bytes, the reference server's limit (body_bytes). Send a smaller body.`;
}
