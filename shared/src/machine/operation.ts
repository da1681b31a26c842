/**
 * The shape of one catalog entry of any API definition: everything the client, the reference server, OpenAPI,
 * Zapier and n8n need to know about an endpoint. Generic over the definition's permission and event names, so a
 * product's catalog narrows them (Reevo: `contacts:write`, `contact.created`) without the machine knowing them.
 */
import type * as z from 'zod';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';

export type ObjectSchema = z.ZodObject;

export interface OperationExample {
  name: string;
  summary: string;
  request: { params?: Record<string, unknown>; query?: Record<string, unknown>; body?: Record<string, unknown> };
  /** The status and body the API answers; `body` is omitted for 204. */
  response: { status: number; body?: unknown };
}

export interface OperationSpec<P extends string = string, E extends string = string> {
  operationId: string;
  /** OpenAPI tag and UI group, e.g. "Accounts". */
  tag: string;
  method: HttpMethod;
  /** The full path template, e.g. `/api/v1/public/accounts/{account_id}`. */
  path: string;
  /** Every permission (or scope) the endpoint needs, in the definition's machine form; empty where the API has none. */
  permissions: readonly P[];
  /** A short label fit for a UI, e.g. "Create Account". */
  summary: string;
  /** A sentence or two fit for a UI description or an AI agent's tool description. */
  description: string;
  params?: ObjectSchema;
  query?: ObjectSchema;
  body?: ObjectSchema;
  /** The success body; absent when the success answer has no body (204). */
  response?: z.ZodType;
  successStatus: 200 | 201 | 204;
  emits: readonly E[];
  /** Whether repeating the request after an unknown outcome cannot change state (reads and searches). */
  safeToRetry: boolean;
  /** Present on searches that page (in the definition's paging style) and answer with a bare array. */
  pagination?: { defaultLimit: number; maxLimit: number };
  /**
   * Body fields the endpoint refuses with a 400 and this message, because another endpoint does that job
   * (e.g. the stage of an opportunity changes only through Shift Stage).
   */
  rejectedBodyFields?: Readonly<Record<string, string>>;
  examples: readonly OperationExample[];
}

type InputOfSchema<S> = S extends z.ZodType ? z.input<S> : unknown;
/** The parts merged; an operation with none (List Webhooks) takes an empty object, not anything. */
type Merge<A, B, C> = unknown extends A & B & C ? Record<string, never> : A & B & C;

/** What a caller passes: path params, query and body fields merged into one object. */
export type OperationInput<O extends OperationSpec> = Merge<
  InputOfSchema<O['params']>,
  InputOfSchema<O['query']>,
  InputOfSchema<O['body']>
>;

/** What a caller gets back: the parsed success body, or nothing for a 204. */
export type OperationOutput<O extends OperationSpec> = O['response'] extends z.ZodType
  ? KnownOutput<O['response']>
  : void;

/**
 * The type of what a response schema parses to, listing only the fields the catalog knows. Response objects are
 * zod loose objects, so fields an API adds later are kept at run time (docs/decisions.md); zod types them with a
 * `[key: string]: unknown` index signature, which would let a misspelled field compile. Every response, object and
 * event type goes through this, so none has the index signature.
 */
export type KnownOutput<S extends z.ZodType> = KnownFields<z.output<S>>;

/**
 * Drops the index signature of objects that also declare fields (zod's loose objects), at every depth. An object
 * with nothing but an index signature is a record (`custom_fields`, `changes`) and keeps it.
 */
export type KnownFields<T> = T extends readonly (infer Item)[]
  ? KnownFields<Item>[]
  : T extends object
    ? [keyof DeclaredFields<T>] extends [never]
      ? { [K in keyof T]: KnownFields<T[K]> }
      : { [K in keyof DeclaredFields<T>]: KnownFields<DeclaredFields<T>[K]> }
    : T;

type DeclaredFields<T> = { [K in keyof T as string extends K ? never : number extends K ? never : symbol extends K ? never : K]: T[K] };

/** Names the path parameters of a template, in order: `/a/{x}/b/{y}` → `['x', 'y']`. */
export function pathParamNames(path: string): string[] {
  return [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] as string);
}
