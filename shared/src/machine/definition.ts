/**
 * An API definition: everything the generic machine (client, server route builder, OpenAPI, webhook dispatcher,
 * platform layers) needs to know about one product's API, as data. A product is one value of this type
 * (`reevoApi` in `src/reevo/`); the machine takes it as a parameter and never imports a product.
 */
import type { FieldIssue } from './field-issue';
import type { OperationSpec } from './operation';
import type { TransportError } from './transport-error';
import type { TransportResponse } from './transport';

/** Operations grouped by resource; the group and method names are the typed client's (`client.accounts.create`). */
export type OperationCatalog = Readonly<Record<string, Readonly<Record<string, OperationSpec>>>>;

/**
 * Any product's definition, for the generic code that takes one as a parameter (the client, the server's route
 * builder, the Zapier and n8n platforms): the permission and event names do not matter to it, whatever their types.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyDefinition = ApiDefinition<OperationCatalog, any, any, any>;

/** What every request carries for the given credentials: headers and query parameters. */
export interface RequestAuth {
  headers: Record<string, string>;
  query?: Record<string, string>;
}

export interface AuthScheme<Credentials> {
  /**
   * Checks credentials once, when a client is made, and returns them normalised (trimmed). Missing ones throw the
   * definition's own error, naming where to get them.
   */
  check(credentials: Credentials): Credentials;
  /** The headers and query parameters that authenticate (and otherwise mark) every request. */
  apply(credentials: Credentials): RequestAuth;
}

/** A request that got no answer, with what the client knows about where it was going. */
export interface NetworkFailure {
  kind: TransportError['kind'];
  /** The transport's own words (never the request itself: its headers hold the credentials). */
  detail: string;
  code?: string;
  timeoutMs?: number;
  baseUrl: string;
  operationId: string;
}

/** How the API's answers and the client's own refusals become the definition's typed errors. */
export interface ErrorModel {
  /** A non-2xx answer, in whatever envelope the API uses (or none: a proxy's HTML page). */
  fromResponse(response: TransportResponse, operationId: string): Error;
  /** The input failed local validation: nothing was sent. */
  invalidInput(issues: FieldIssue[], operationId: string): Error;
  /** A 2xx answer whose body does not match the catalog. */
  unexpectedResponse(issues: FieldIssue[], context: { status: number; operationId: string; body: unknown }): Error;
  network(failure: NetworkFailure): Error;
  /** Errors already of this definition pass through the client unchanged (a platform transport may throw them). */
  isOwn(error: unknown): boolean;
}

/**
 * How a search pages. `limit-offset`: the operation takes the two query parameters and answers with a bare array;
 * a page shorter than the limit is the last. `none`: every list comes whole.
 */
export type PagingStyle = { style: 'limit-offset'; limitParam: string; offsetParam: string } | { style: 'none' };

/** One event type the API delivers by webhook. */
export interface EventDefinition {
  /** A UI label in the words of a trigger, e.g. "New Account". */
  label: string;
  description: string;
  /** The resource whose access a subscriber needs, where the API has permissions. */
  resource?: string;
  /** The event's data as a realistic record, for docs and trigger samples. */
  sample: unknown;
}

/**
 * A product rule that makes an operation need more than its own permissions, read from its input: for each string
 * in the list `field`, `permissionFor` names the permission it also needs (Reevo: creating a webhook needs read on
 * each event's resource). Values it does not know, and a field that is not a list, are left to validation.
 */
export interface InputPermissionRule<P extends string> {
  operationId: string;
  field: string;
  permissionFor(value: string): P | undefined;
}

export interface PermissionModel<P extends string> {
  /** Every permission a credential can hold, in the product's display order. */
  all: readonly P[];
  /** The words the product's UI uses: `contacts:write` → "Contacts Write". */
  label(permission: P): string;
  /** True when `granted` covers `required` (Reevo: the same permission, or write on the resource for a read). */
  grants(granted: readonly P[], required: P): boolean;
  rules: readonly InputPermissionRule<P>[];
}

export interface ApiDefinition<
  C extends OperationCatalog = OperationCatalog,
  Credentials = unknown,
  P extends string = string,
  E extends string = string,
> {
  /** The product's name as messages say it ("Could not reach Reevo …"). */
  name: string;
  /** The product token of the client's default User-Agent, e.g. `reevo-client-js`. */
  clientName: string;
  /** The client package's version, for the User-Agent. */
  version: string;
  baseUrl: string;
  catalog: C;
  auth: AuthScheme<Credentials>;
  errors: ErrorModel;
  paging: PagingStyle;
  events: Readonly<Record<E, EventDefinition>>;
  /** Absent where the API has no per-credential permissions (a session that may do everything its user may). */
  permissions?: PermissionModel<P>;
  /** A response header that carries a warning for the caller (Reevo: the quota warning). */
  warningHeader?: string;
}

export type CredentialsOf<D> = D extends ApiDefinition<OperationCatalog, infer Credentials> ? Credentials : never;

/** Every operation of a catalog once, with where it sits in the client. */
export interface CatalogEntry<O extends OperationSpec = OperationSpec, G extends string = string> {
  group: G;
  name: string;
  operation: O;
}

export function catalogEntriesOf<O extends OperationSpec, G extends string>(catalog: Readonly<Record<G, Readonly<Record<string, O>>>>): CatalogEntry<O, G>[] {
  return (Object.keys(catalog) as G[]).flatMap((group) => Object.entries(catalog[group]).map(([name, operation]) => ({ group, name, operation })));
}
