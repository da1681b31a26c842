/**
 * Turns zod issues into FastAPI's request-validation items (`{type, loc, msg, input}`), with pydantic's error
 * types, so clients parse the reference server's 422s exactly like the real API's.
 */
import { listInWords } from '@integration-pack/core/machine';
import type * as z from 'zod';
import type { ValidationIssue } from './errors';

/** The part of the request a `loc` starts with, in FastAPI's words. */
export type RequestPart = 'body' | 'query' | 'path' | 'header';

type Issue = z.core.$ZodIssue;
type Path = readonly PropertyKey[];

export function toFastApiIssues(part: RequestPart, issues: readonly Issue[], input: unknown): ValidationIssue[] {
  return issues.flatMap((issue) => toItems(part, issue, input));
}

function toItems(part: RequestPart, issue: Issue, input: unknown): ValidationIssue[] {
  const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
  const loc = [part, ...path.map(echoOfKey)];
  const value = valueAt(input, path);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ type: 'extra_forbidden', loc: [...loc, echoOfKey(key)], msg: 'Extra inputs are not permitted', input: echoOf(valueAt(value, [key]) ?? null) }));
  }
  // A bodyless request reaches validation with a null body: FastAPI calls that a missing body.
  const absent = value === undefined || (path.length === 0 && value === null);
  if (issue.code === 'invalid_type' && absent) {
    return [{ type: 'missing', loc, msg: 'Field required', input: echoOf(valueAt(input, path.slice(0, -1)) ?? null) }];
  }
  const { type, msg } = describe(issue, value);
  return [{ type, loc, msg, input: echoOf(value ?? null) }];
}

/** [C] The most of the caller's input a 422 repeats: a longer input is cut to its first characters and "…". */
export const MAX_ECHO_CHARACTERS = 200;

/** A key in `loc` is caller's input too. */
export function echoOfKey(key: string | number): string | number {
  return typeof key === 'string' ? (echoOf(key) as string) : key;
}

/** What a 422 item repeats of an input: all of it when short, else the start of it (of its JSON text for objects and arrays). */
export function echoOf(value: unknown): unknown {
  if (typeof value === 'string') return value.length <= MAX_ECHO_CHARACTERS ? value : `${value.slice(0, MAX_ECHO_CHARACTERS)}…`;
  if (value === null || typeof value !== 'object') return value;
  const text = JSON.stringify(value);
  return text.length <= MAX_ECHO_CHARACTERS ? value : `${text.slice(0, MAX_ECHO_CHARACTERS)}…`;
}

function describe(issue: Issue, value: unknown): { type: string; msg: string } {
  switch (issue.code) {
    case 'invalid_type':
      return typeMismatch(issue.expected, value);
    case 'too_small':
      return sizeIssue(issue.origin, 'min', issue.minimum, issue.inclusive ?? true, value);
    case 'too_big':
      return sizeIssue(issue.origin, 'max', issue.maximum, issue.inclusive ?? true, value);
    case 'invalid_format':
      return formatIssue(issue);
    case 'invalid_value':
      return choiceIssue(issue.values);
    case 'not_multiple_of':
      return { type: 'multiple_of', msg: `Input should be a multiple of ${String(issue.divisor)}` };
    case 'custom':
      return { type: 'value_error', msg: `Value error, ${issue.message}` };
    default:
      return { type: 'value_error', msg: issue.message };
  }
}

const TYPE_WORDS: Record<string, { type: string; msg: string }> = {
  string: { type: 'string_type', msg: 'Input should be a valid string' },
  number: { type: 'float_type', msg: 'Input should be a valid number' },
  int: { type: 'int_type', msg: 'Input should be a valid integer' },
  boolean: { type: 'bool_type', msg: 'Input should be a valid boolean' },
  array: { type: 'list_type', msg: 'Input should be a valid list' },
  object: { type: 'model_attributes_type', msg: 'Input should be a valid dictionary or object to extract fields from' },
  record: { type: 'dict_type', msg: 'Input should be a valid dictionary' },
  null: { type: 'none_required', msg: 'Input should be None' },
};

function typeMismatch(expected: string, value: unknown): { type: string; msg: string } {
  if (expected === 'int' && typeof value === 'number') {
    return { type: 'int_from_float', msg: 'Input should be a valid integer, got a number with a fractional part' };
  }
  return TYPE_WORDS[expected] ?? { type: `${expected}_type`, msg: `Input should be a valid ${expected}` };
}

function sizeIssue(origin: string, bound: 'min' | 'max', limit: number | bigint, inclusive: boolean, value: unknown) {
  const n = String(limit);
  if (origin === 'string') {
    return bound === 'min'
      ? { type: 'string_too_short', msg: `String should have at least ${n} character${n === '1' ? '' : 's'}` }
      : { type: 'string_too_long', msg: `String should have at most ${n} character${n === '1' ? '' : 's'}` };
  }
  if (origin === 'array' || origin === 'set') {
    const length = Array.isArray(value) ? value.length : 0;
    return bound === 'min'
      ? { type: 'too_short', msg: `List should have at least ${n} item${n === '1' ? '' : 's'} after validation, not ${length}` }
      : { type: 'too_long', msg: `List should have at most ${n} item${n === '1' ? '' : 's'} after validation, not ${length}` };
  }
  if (bound === 'min') {
    return inclusive
      ? { type: 'greater_than_equal', msg: `Input should be greater than or equal to ${n}` }
      : { type: 'greater_than', msg: `Input should be greater than ${n}` };
  }
  return inclusive
    ? { type: 'less_than_equal', msg: `Input should be less than or equal to ${n}` }
    : { type: 'less_than', msg: `Input should be less than ${n}` };
}

function formatIssue(issue: z.core.$ZodIssueInvalidStringFormat): { type: string; msg: string } {
  switch (issue.format) {
    case 'email':
      return { type: 'value_error', msg: 'value is not a valid email address' };
    case 'uuid':
    case 'guid':
      return { type: 'uuid_parsing', msg: 'Input should be a valid UUID' };
    case 'datetime':
      return { type: 'datetime_from_date_parsing', msg: 'Input should be a valid datetime with a time zone offset, e.g. 2026-11-23T10:00:00Z' };
    case 'url':
      return { type: 'url_parsing', msg: 'Input should be a valid URL' };
    case 'starts_with':
      return { type: 'string_pattern_mismatch', msg: `String should start with '${String((issue as { prefix?: string }).prefix)}'` };
    default:
      return { type: 'string_pattern_mismatch', msg: issue.message };
  }
}

function choiceIssue(values: readonly unknown[]): { type: string; msg: string } {
  const quoted = values.map((value) => `'${String(value)}'`);
  if (quoted.length === 1) return { type: 'literal_error', msg: `Input should be ${quoted[0]}` };
  return { type: 'enum', msg: `Input should be ${listInWords(quoted, 'or')}` };
}

function valueAt(input: unknown, path: readonly (string | number)[] | Path): unknown {
  let current = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key as PropertyKey];
  }
  return current;
}
