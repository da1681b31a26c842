/**
 * What the server needs, beside an API definition, to serve that API (the definition says what the API is; this
 * says how this server answers it). The route builder (`api-plugin.ts`) turns one into an encapsulated fastify
 * plugin under its prefix; OpenAPI (`openapi.ts`) describes it. Reevo's is `src/reevo/reevo-served-api.ts`.
 */
import type { AnyDefinition, OperationSpec } from '@integration-pack/core/machine';
import type { FastifyError, FastifyInstance, FastifyPluginAsync, FastifyReply, FastifyRequest, FastifySchema } from 'fastify';
import type { OpenAPIV3_1 } from 'openapi-types';
import type { CallerIdentity } from './request-context';

/** One operation's input as the handler gets it: validated path parameters, query and body. */
export interface OperationInput {
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  body: Record<string, unknown>;
}

export interface ServedApi<Caller = unknown> {
  definition: AnyDefinition;
  /**
   * Where the API's plugin is registered: one prefix (Reevo's `/api/v1/public`) or several (Reeve's `/api/oauth`,
   * `/api/connectors`, `/api/webhooks`), each its own encapsulated plugin with the same pipeline, so a path under one
   * of them that no route takes gets this API's not-found answer and nothing else's. Every operation path of the
   * catalog starts with one of them.
   */
  prefix: string | readonly string[];
  /** Routes outside the catalog served under one of the prefixes, through the same pipeline (Reeve's inbound webhooks). */
  registerRoutes?(scope: FastifyInstance, prefix: string): void;
  /** Plugins the API brings beside itself, outside its prefixes and the admin API (Reeve's fake providers). */
  companions?: ReadonlyArray<{ prefix: string; plugin: FastifyPluginAsync }>;
  /** The API's own body parsers: the plugin drops the inherited ones first. */
  registerBodyParsers(api: FastifyInstance): void;
  /** Shapes every error answered under the prefix into the API's error bodies. */
  handleError(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): unknown;
  /** The body of an injected fault (`/__admin/faults`), in the API's error shape, so clients parse it as the real one. */
  faultBody(status: number): unknown;
  /** Who is calling, or the API's own refusal (a missing, unknown or expired credential). Changes nothing. */
  authenticate(request: FastifyRequest): Caller;
  /** Counts the request against the caller's quota, where the API has one, refusing it when used up. */
  meter?(caller: Caller, reply: FastifyReply): void;
  /** What the journal records of a caller. */
  identityOf(caller: Caller): CallerIdentity;
  /** Where the definition has a permission model: what the caller holds, and the refusal naming what it lacks. */
  access?: {
    granted(caller: Caller): readonly string[];
    refuse(missing: readonly string[]): Error;
  };
  /** Checks only this API makes once access is granted and before validation (Reevo: fields another endpoint owns). */
  admit?(operation: OperationSpec, request: FastifyRequest): void;
  /** Route-schema parts only this API has (Reevo: `payload_type`, its error envelopes, `x-reevo-*`). */
  routeSchema?(operation: OperationSpec): FastifySchema;
  /** Runs the operation for the caller; answers its success body (ignored for a 204). */
  run(caller: Caller, operation: OperationSpec, input: OperationInput): unknown;
  /** How OpenAPI describes the API beyond its catalog. */
  openApi: OpenApiDescription;
}

/** Any served API, whatever its caller type: the app and OpenAPI hold several side by side. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyServedApi = ServedApi<any>;

/** The APIs one server serves, and the title and servers of the OpenAPI document that describes them. */
export interface ServedApis {
  served: readonly AnyServedApi[];
  document: OpenApiDocumentInfo;
  /** Where the document is served; `/openapi.json` by default (`surfaces.ts` lists every document path). */
  documentPath?: string;
  /** The admin routes this document describes (e.g. `/__admin/reeve`); the first document takes every other one. */
  adminPrefix?: string;
}

/** The prefixes an API is served under, as a list. */
export function prefixesOf(api: AnyServedApi): readonly string[] {
  return typeof api.prefix === 'string' ? [api.prefix] : api.prefix;
}

export interface OpenApiDocumentInfo {
  title: string;
  description: string;
  /** The product's own servers; the reference server adds itself to each document it serves. */
  servers: OpenAPIV3_1.ServerObject[];
}

export interface OpenApiDescription {
  /** The security scheme every operation of the API needs, by its name in `components.securitySchemes`. */
  securityScheme: { name: string; scheme: OpenAPIV3_1.SecuritySchemeObject };
  /** The words of each error status the API answers, by status. */
  errorDescriptions: Readonly<Record<string, string>>;
  /** The words of each tag the API's operations carry, by tag (the server refuses to start with a tag left out). */
  tagDescriptions: Readonly<Record<string, string>>;
  /**
   * The body of each webhook delivery: its schema's id in `components.schemas`, and a whole delivery of an event.
   * Absent where the server delivers no webhooks for the API (then the document lists none of its events).
   */
  webhookPayload?: { schemaId: string; sample(eventType: string): unknown };
  /** The API's own extensions on each operation (Reevo: `x-reevo-emits`). */
  extensions?(operation: OperationSpec): Record<string, unknown>;
}
