/**
 * Reads a JSON request body within the server's limits: fastify's own prototype-safe parser (secure-json-parse)
 * refuses `__proto__` and `constructor.prototype` keys, since JavaScript objects built from them could change
 * prototypes ([C]: FastAPI would take them as plain keys), and a body may nest at most `MAX_BODY_DEPTH` levels
 * ([C]), so that no later step (validation, a 422 that echoes the input) can run out of stack.
 */
import secureJson from 'secure-json-parse';
import { UnreadableBodyError } from './errors';
import { echoOfKey } from './validation-issues';

/** How deep a body may nest; the catalog's deepest body needs three levels. */
export const MAX_BODY_DEPTH = 32;

/** The parsed body, or an `UnreadableBodyError` naming what is wrong and how to fix it. */
export function readJsonBody(text: string): unknown {
  let body: unknown;
  try {
    body = secureJson.parse(text, undefined, { protoAction: 'error', constructorAction: 'error' });
  } catch (error) {
    throw refusalOf(text, error as Error);
  }
  if (deeperThan(body, MAX_BODY_DEPTH)) throw tooDeep();
  return body;
}

/**
 * Why secure-json-parse refused the text. When it is JSON, a key was forbidden: the key is found on a plain
 * `JSON.parse` copy, where `__proto__` is an ordinary own property, and nothing else ever reads that copy.
 */
function refusalOf(text: string, error: Error): UnreadableBodyError {
  let copy: unknown;
  try {
    // secure-json-parse skips a leading byte-order mark; so must the copy.
    copy = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch {
    return malformed(error);
  }
  if (deeperThan(copy, MAX_BODY_DEPTH)) return tooDeep();
  return forbiddenKeyIn(copy) ?? malformed(error);
}

function malformed(error: Error): UnreadableBodyError {
  const position = /position (\d+)/.exec(error.message)?.[1];
  return new UnreadableBodyError(
    { type: 'json_invalid', loc: ['body', position === undefined ? 0 : Number(position)], msg: 'JSON decode error', input: {}, ctx: { error: error.message } },
    `The body is not valid JSON (${error.message}). Send a JSON object with Content-Type: application/json.`,
  );
}

function tooDeep(): UnreadableBodyError {
  const reason = `The body nests deeper than ${MAX_BODY_DEPTH} levels of objects and arrays, the limit. Send a flatter body.`;
  return new UnreadableBodyError({ type: 'json_invalid', loc: ['body'], msg: `JSON decode error: ${reason}`, input: {}, ctx: { error: reason } }, reason);
}

function forbiddenKeyIn(body: unknown): UnreadableBodyError | null {
  for (const container of containers(body)) {
    const key = forbiddenKeyOf(container.value);
    if (key === null) continue;
    const name = key.join('.');
    const reason = `The key "${name}" is not accepted anywhere in a body (the server runs on JavaScript, where it would change an object's prototype). Rename the key.`;
    return new UnreadableBodyError({ type: 'value_error', loc: ['body', ...pathOf(container).map(echoOfKey), ...key], msg: `Value error, ${reason}`, input: null }, reason);
  }
  return null;
}

function forbiddenKeyOf(value: object): string[] | null {
  if (Object.hasOwn(value, '__proto__')) return ['__proto__'];
  const constructor: unknown = Object.hasOwn(value, 'constructor') ? (value as { constructor: unknown }).constructor : null;
  if (constructor !== null && typeof constructor === 'object' && Object.hasOwn(constructor, 'prototype')) return ['constructor', 'prototype'];
  return null;
}

function deeperThan(body: unknown, limit: number): boolean {
  for (const container of containers(body)) if (container.depth > limit) return true;
  return false;
}

interface Container {
  value: object;
  /** 1 for the body itself. */
  depth: number;
  key: string | number | null;
  parent: Container | null;
}

/** Every object and array in a parsed body, depth first, without recursion: a body may nest thousands deep. */
function* containers(root: unknown): Generator<Container> {
  if (root === null || typeof root !== 'object') return;
  const pending: Container[] = [{ value: root, depth: 1, key: null, parent: null }];
  for (let container = pending.pop(); container; container = pending.pop()) {
    yield container;
    for (const [key, child] of Object.entries(container.value)) {
      if (child !== null && typeof child === 'object') {
        pending.push({ value: child as object, depth: container.depth + 1, key: Array.isArray(container.value) ? Number(key) : key, parent: container });
      }
    }
  }
}

function pathOf(container: Container): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at: Container | null = container; at?.key != null; at = at.parent) path.push(at.key);
  return path.reverse();
}
