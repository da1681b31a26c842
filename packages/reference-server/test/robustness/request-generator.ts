/**
 * Requests generated from the catalog, as they go on the wire: well-formed ones (every part drawn from the
 * operation's own schemas) and ones broken on purpose (a field missing or of the wrong type, huge or awkward text,
 * unknown fields, another content type, bad JSON, a body that is not an object, a bad id, a bad query, no key or
 * an unknown one, an unknown path or method), and hostile ones (bodies nested thousands deep or tens of thousands
 * wide, lone surrogates, RTL and NUL, prototype keys, numbers past a double's range). Whether a request is valid is left to the oracle in
 * `expectations.ts`, which asks the catalog's schemas about exactly the bytes sent.
 */
import { API_KEY_HEADER, API_PATH_PREFIX, PAYLOAD_TYPE_PARAM, operations, type OperationSpec } from '@integration-pack/core/reevo/api';
import fc from 'fast-check';
import { arbitraryFor, awkwardText, jsonSchemaOf, wrongTypeFor } from './schema-arbitrary';

export type Query = Record<string, string | string[]>;

export interface WireRequest {
  /** What kind of request this is, for the report. */
  kind: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string;
  /** The query as sent, before any parsing, for the oracle (which finds the route and its ids in the url itself). */
  query: Query;
}

interface Parts {
  params: Record<string, string>;
  query: Query;
  body: Record<string, unknown> | undefined;
}

const JSON_TYPE = 'application/json';
const METHODS = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE', 'OPTIONS'] as const;

function partsArbitrary(operation: OperationSpec): fc.Arbitrary<Parts> {
  const stringValues = (record: unknown) => Object.fromEntries(Object.entries(record as Record<string, unknown>).map(([name, value]) => [name, String(value)]));
  const params = operation.params ? arbitraryFor(jsonSchemaOf(operation.params)).map(stringValues) : fc.constant({});
  const query = operation.query ? arbitraryFor(jsonSchemaOf(operation.query)).map(stringValues) : fc.constant({});
  const payloadType = fc.constantFrom<Query>({ [PAYLOAD_TYPE_PARAM.name]: PAYLOAD_TYPE_PARAM.value }, {});
  const body = operation.body ? arbitraryFor(jsonSchemaOf(operation.body)).map((value) => value as Record<string, unknown>) : fc.constant(undefined);
  return fc.record({ params, query: fc.tuple(query, payloadType).map(([own, extra]) => ({ ...own, ...extra })), body });
}

/** Lone surrogates cannot be percent-encoded: they become U+FFFD, as a browser would send them. */
const wellFormed = (text: string) => text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');

export function pathOf(operation: OperationSpec, params: Record<string, string>): string {
  return operation.path.replace(/\{([^}]+)\}/g, (_match, name: string) => encodeURIComponent(wellFormed(params[name] ?? '')));
}

export function queryString(query: Query): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) for (const item of Array.isArray(value) ? value : [value]) search.append(name, item);
  const text = search.toString();
  return text ? `?${text}` : '';
}

function wire(kind: string, operation: OperationSpec, parts: Parts, key: string): WireRequest {
  const hasBody = parts.body !== undefined;
  return {
    kind,
    method: operation.method,
    url: `${pathOf(operation, parts.params)}${queryString(parts.query)}`,
    headers: { [API_KEY_HEADER]: key, ...(hasBody ? { 'content-type': JSON_TYPE } : {}) },
    ...(hasBody ? { payload: JSON.stringify(parts.body) } : {}),
    query: parts.query,
  };
}

/** A request whose every part comes from the operation's schemas (it may still miss a record: 404 is fine). */
export function wellFormedRequest(key: string): fc.Arbitrary<WireRequest> {
  return fc.constantFrom(...operations).chain((operation) => partsArbitrary(operation).map((parts) => wire('well-formed', operation, parts, key)));
}

type Breaker = (operation: OperationSpec, parts: Parts, key: string) => fc.Arbitrary<WireRequest>;

const bodyFields = (parts: Parts) => Object.keys(parts.body ?? {});

/** Injects a JSON member as text, so that keys such as __proto__ reach the server as sent. */
function withRawMember(json: string, name: string, valueJson: string): string {
  const member = `${JSON.stringify(name)}:${valueJson}`;
  return json === '{}' ? `{${member}}` : `{${member},${json.slice(1)}`;
}

const breakers: Record<string, Breaker> = {
  'missing-field': (operation, parts, key) => {
    const required = operation.body ? (jsonSchemaOf(operation.body).required ?? []) : [];
    if (required.length === 0) return fc.constant(wire('missing-field', operation, { ...parts, body: {} }, key));
    return fc.constantFrom(...required).map((name) => {
      const { [name]: _dropped, ...rest } = parts.body ?? {};
      return wire('missing-field', operation, { ...parts, body: rest }, key);
    });
  },
  'wrong-type': (operation, parts, key) => {
    const names = bodyFields(parts);
    if (names.length === 0) return fc.constant(wire('wrong-type', operation, { ...parts, body: { anything: 1 } }, key));
    return fc.constantFrom(...names).chain((name) => wrongTypeFor(parts.body?.[name]).map((value) => wire('wrong-type', operation, { ...parts, body: { ...parts.body, [name]: value } }, key)));
  },
  'huge-string': (operation, parts, key) =>
    fc.tuple(fc.constantFrom(...bodyFields(parts), 'name', 'note'), fc.oneof({ arbitrary: fc.integer({ min: 10_000, max: 200_000 }), weight: 9 }, { arbitrary: fc.constant(1_100_000), weight: 1 }), fc.constantFrom('x', 'é', '😀'))
      .map(([name, length, unit]) => wire('huge-string', operation, { ...parts, body: { ...parts.body, [name]: unit.repeat(Math.ceil(length / unit.length)) } }, key)),
  'awkward-text': (operation, parts, key) =>
    fc.tuple(fc.constantFrom(...bodyFields(parts), 'name'), awkwardText).map(([name, text]) => wire('awkward-text', operation, { ...parts, body: { ...parts.body, [name]: text } }, key)),
  'unknown-field': (operation, parts, key) =>
    fc.tuple(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'stage_name'), fc.jsonValue({ maxDepth: 2 })).map(([name, value]) => {
      const request = wire('unknown-field', operation, { ...parts, body: parts.body ?? {} }, key);
      return { ...request, payload: withRawMember(request.payload ?? '{}', name, JSON.stringify(value) ?? 'null') };
    }),
  'wrong-content-type': (operation, parts, key) =>
    fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/xml', 'multipart/form-data; boundary=x', 'application/octet-stream', null).map((contentType) => {
      const request = wire('wrong-content-type', operation, { ...parts, body: parts.body ?? { name: 'x' } }, key);
      const { 'content-type': _json, ...headers } = request.headers;
      return { ...request, headers: contentType === null ? headers : { ...headers, 'content-type': contentType } };
    }),
  'bad-json': (operation, parts, key) =>
    fc.oneof(
      fc.integer({ min: 1, max: 40 }).map((cut) => (JSON.stringify(parts.body ?? { name: 'x' }).slice(0, -cut) || '{')),
      fc.constantFrom('{', '{"a":}', "{'name':'x'}", '{"name":"x",}', 'NaN', '{"name":"\\u12"}', '\u0000', '[' .repeat(5000)),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }).filter((text) => !isJson(text)),
    ).map((text) => ({ ...wire('bad-json', operation, { ...parts, body: {} }, key), payload: text })),
  'non-object-body': (operation, parts, key) =>
    fc.oneof(fc.constantFrom('null', '[]', '"text"', '0', 'true', '[{}]', ' '), fc.jsonValue({ maxDepth: 2 }).filter((value) => value === null || typeof value !== 'object' || Array.isArray(value)).map((value) => JSON.stringify(value))).map(
      (text) => ({ ...wire('non-object-body', operation, { ...parts, body: {} }, key), payload: text }),
    ),
  'bad-path-param': (operation, parts, key) => {
    if (!operation.params) return fc.constant(wire('bad-path-param', operation, parts, key));
    const names = Object.keys(operation.params.shape);
    return fc.tuple(fc.constantFrom(...names), fc.oneof(awkwardText.filter((text) => text !== ''), fc.string({ minLength: 101, maxLength: 400 }), fc.constantFrom('null', '0', '-1', 'ffffffff-ffff-ffff-ffff-ffffffffffff', '00000000-0000-0000-0000-000000000000'))).map(
      ([name, value]) => wire('bad-path-param', operation, { ...parts, params: { ...parts.params, [name]: value } }, key),
    );
  },
  'bad-query': (operation, parts, key) =>
    fc.oneof(
      fc.constantFrom<Query>({ [PAYLOAD_TYPE_PARAM.name]: 'xml' }, { [PAYLOAD_TYPE_PARAM.name]: ['json', 'json'] }, { [PAYLOAD_TYPE_PARAM.name]: '' }),
      fc.dictionary(fc.string({ minLength: 1, maxLength: 10 }), fc.oneof(fc.string({ maxLength: 10 }), fc.array(fc.string({ maxLength: 5 }), { minLength: 2, maxLength: 3 })), { minKeys: 1, maxKeys: 3 }),
    ).map((query) => wire('bad-query', operation, { ...parts, query: { ...parts.query, ...query } }, key)),
  'no-key': (operation, parts) =>
    fc.constantFrom(null, '', 'rvk_not_a_key', ' ', 'x'.repeat(5000)).map((value) => {
      const request = wire('no-key', operation, parts, 'placeholder');
      const { [API_KEY_HEADER]: _key, ...headers } = request.headers;
      return { ...request, headers: value === null ? headers : { ...headers, [API_KEY_HEADER]: value } };
    }),
  'wrong-method': (operation, parts, key) =>
    fc.constantFrom(...METHODS.filter((method) => method !== operation.method)).map((method) => ({ ...wire('wrong-method', operation, parts, key), method })),
};

/** The request with one body member replaced by raw JSON text (added when the body lacks it). */
function withRawField(kind: string, operation: OperationSpec, parts: Parts, key: string, name: string, valueJson: string): WireRequest {
  const { [name]: _replaced, ...rest } = parts.body ?? {};
  const request = wire(kind, operation, { ...parts, body: rest }, key);
  return { ...request, payload: withRawMember(request.payload ?? '{}', name, valueJson) };
}

const fieldName = (parts: Parts) => fc.constantFrom(...bodyFields(parts), 'name', 'custom_fields');

const nested = (depth: number, shape: 'array' | 'object') =>
  shape === 'array' ? `${'['.repeat(depth)}${']'.repeat(depth)}` : `${'{"a":'.repeat(depth - 1)}{}${'}'.repeat(depth - 1)}`;

/** Numbers at the edges of what JSON and a double can say: overflow to Infinity, underflow to 0, -0, 2^64, unsafe integers. */
const EDGE_NUMBERS = ['1e308', '-1e308', '1e309', '-1e309', '-0', '0e0', '18446744073709551616', '-9223372036854775809', '9007199254740993', '1e-400', '123456789012345678901234567890.5'];

/** JSON string literals as sent: lone and reversed surrogates, RTL override, NUL, BOM, non-characters, a wall of combining marks. */
const HOSTILE_STRINGS = [
  '"\\ud800"',
  '"\\udc00\\ud800"',
  '"a\\ud83d"',
  '"\\u202eevil\\u202c.pdf"',
  '"\u202eraw rtl"',
  '"a\\u0000b"',
  '"\\ufeff"',
  '"\\uffff\\ufffe"',
  '"\u200b\u200d"',
  JSON.stringify(`e${'\u0301'.repeat(20_000)}`),
];

/** Keys that reach a prototype in JavaScript, plainly or escaped, at the top or nested. */
const PROTOTYPE_KEYS = ['"__proto__":{"polluted":"yes"}', '"__proto__":"x"', '"\\u005f\\u005fproto\\u005f\\u005f":{}', '"constructor":{"prototype":{"polluted":"yes"}}'];

const hostileBreakers: Record<string, Breaker> = {
  'deep-nesting': (operation, parts, key) =>
    fc
      .tuple(fc.oneof(fc.constantFrom(31, 32, 33, 64, 5_000, 20_000), fc.integer({ min: 1, max: 200 })), fc.constantFrom('array' as const, 'object' as const), fc.option(fieldName(parts), { nil: null }))
      .map(([depth, shape, name]) =>
        name === null ? { ...wire('deep-nesting', operation, { ...parts, body: {} }, key), payload: nested(depth, shape) } : withRawField('deep-nesting', operation, parts, key, name, nested(depth, shape)),
      ),
  'wide-body': (operation, parts, key) =>
    fc.tuple(fc.integer({ min: 1_000, max: 10_000 }), fc.constantFrom('object', 'array'), fieldName(parts)).map(([width, shape, name]) => {
      const members = Array.from({ length: width }, (_, index) => (shape === 'object' ? `"k${index}":"v"` : '0'));
      return withRawField('wide-body', operation, parts, key, name, shape === 'object' ? `{${members.join(',')}}` : `[${members.join(',')}]`);
    }),
  'prototype-key': (operation, parts, key) =>
    fc.tuple(fc.constantFrom(...PROTOTYPE_KEYS), fc.constantFrom('top', 'custom_fields', 'nested')).map(([member, where]) => {
      const request = wire('prototype-key', operation, { ...parts, body: parts.body ?? {} }, key);
      const body = request.payload ?? '{}';
      if (where === 'top') return { ...request, payload: body === '{}' ? `{${member}}` : `{${member},${body.slice(1)}` };
      return withRawField('prototype-key', operation, parts, key, where === 'custom_fields' ? 'custom_fields' : 'name', `{"industry":"Retail",${member}}`);
    }),
  'edge-number': (operation, parts, key) =>
    fc.tuple(fieldName(parts), fc.constantFrom(...EDGE_NUMBERS)).map(([name, number]) => withRawField('edge-number', operation, parts, key, name, number)),
  'hostile-unicode': (operation, parts, key) =>
    fc.oneof(
      fc.tuple(fieldName(parts), fc.constantFrom(...HOSTILE_STRINGS)).map(([name, text]) => withRawField('hostile-unicode', operation, parts, key, name, text)),
      fc.constantFrom(...HOSTILE_STRINGS).map((text) => {
        const request = wire('hostile-unicode', operation, { ...parts, body: parts.body ?? {} }, key);
        return { ...request, payload: withRawMember(request.payload ?? '{}', JSON.parse(text) as string, '"value"') };
      }),
      fc.constant({ ...wire('hostile-unicode', operation, { ...parts, body: parts.body ?? {} }, key) }).map((request) => ({ ...request, payload: `\ufeff${request.payload ?? '{}'}` })),
    ),
};

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** A request broken in one way, on top of a well-formed one. */
export function brokenRequest(key: string): fc.Arbitrary<WireRequest> {
  return fc
    .tuple(fc.constantFrom(...operations), fc.constantFrom(...Object.keys(breakers)))
    .chain(([operation, breaker]) => partsArbitrary(operation).chain((parts) => (breakers[breaker] as Breaker)(operation, parts, key)));
}

/** A request with one hostile shape in its body (issue 12): nesting, width, unicode, prototype keys, edge numbers. */
export function hostileRequest(key: string): fc.Arbitrary<WireRequest> {
  return fc
    .tuple(fc.constantFrom(...operations.filter((operation) => operation.body)), fc.constantFrom(...Object.keys(hostileBreakers)))
    .chain(([operation, breaker]) => partsArbitrary(operation).chain((parts) => (hostileBreakers[breaker] as Breaker)(operation, parts, key)));
}

/** A path no route takes (under the API prefix or not; its first segment starts with "unknown-"), with any method; malformed percent-encoding included. */
export function unknownPathRequest(key: string): fc.Arbitrary<WireRequest> {
  const segment = fc.oneof(fc.stringMatching(/^[a-z_]{1,12}$/), fc.webSegment(), fc.constantFrom('%', '%E0%A4%A', '%2F', '~', '%00'));
  const prefix = fc.constantFrom(API_PATH_PREFIX, '', '/api/v1', `${API_PATH_PREFIX}/accounts/search`, '/__admin/nope');
  return fc.tuple(fc.constantFrom(...METHODS), prefix, fc.array(segment, { minLength: 1, maxLength: 4 })).map(([method, base, segments]) => ({
    kind: 'unknown-path',
    method,
    url: `${base}/unknown-${segments.join('/')}`,
    headers: { [API_KEY_HEADER]: key },
    query: {},
  }));
}
