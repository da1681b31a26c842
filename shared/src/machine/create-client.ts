/**
 * The generic typed client: one method per operation of a definition's catalog, grouped as in the catalog
 * (`client.accounts.create`), plus `…All` iterators for searches that page, when the definition pages. Requests
 * are authenticated and errors typed by the definition; it needs a transport (axios by default in `@reevo/client`).
 */
import { buildRequest, zodIssues } from './build-request';
import type { AnyDefinition, ApiDefinition, CredentialsOf, PagingStyle } from './definition';
import type { OperationInput, OperationOutput, OperationSpec } from './operation';
import { paginate, type PageOptions } from './paginate';
import type { Transport, TransportResponse } from './transport';
import { TransportError } from './transport-error';

export interface ClientOptions<Credentials> {
  credentials: Credentials;
  transport: Transport;
  /** Defaults to the definition's base URL; point it at the reference server for tests. */
  baseUrl?: string;
  /** Milliseconds per attempt, passed to the transport. */
  timeoutMs?: number;
  /** Check every success body against the catalog (default true): drift fails loudly instead of silently. */
  validateResponses?: boolean;
  userAgent?: string;
  /** Called with the definition's warning header (Reevo: the quota warning) when a response carries one. */
  onWarning?: (message: string) => void;
}

export interface CallOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

/** The input argument is optional when the operation has no required field. */
type InputArgs<O extends OperationSpec> = Record<string, never> extends OperationInput<O>
  ? [input?: OperationInput<O>, options?: CallOptions]
  : [input: OperationInput<O>, options?: CallOptions];

export type OperationMethod<O extends OperationSpec> = (...args: InputArgs<O>) => Promise<OperationOutput<O>>;

/** The input names a paging style drives itself (Reevo's `limit` and `offset`); none where lists come whole. */
type PagingParams<P extends PagingStyle> = P extends { style: 'limit-offset'; limitParam: infer L; offsetParam: infer O } ? L | O : never;
/** A paged method takes every input but the ones its definition's paging style sets page by page. */
type PagedInput<O extends OperationSpec, P extends PagingStyle> = Omit<OperationInput<O>, PagingParams<P> & string>;
type ItemOf<O extends OperationSpec> = OperationOutput<O> extends readonly (infer T)[] ? T : never;
export type PagedMethod<O extends OperationSpec, P extends PagingStyle = NoPaging> = (
  input: PagedInput<O, P>,
  options?: PageOptions & CallOptions,
) => AsyncGenerator<ItemOf<O>, void, undefined>;
type NoPaging = { style: 'none' };

type GroupMethods<G, P extends PagingStyle> = { [K in keyof G]: G[K] extends OperationSpec ? OperationMethod<G[K]> : never } & {
  [K in keyof G as G[K] extends { pagination: object } ? `${K & string}All` : never]: G[K] extends OperationSpec ? PagedMethod<G[K], P> : never;
};

/** The methods a catalog's types derive: one group per resource, one method per operation, paged as `P` says. */
export type ClientMethods<C, P extends PagingStyle = NoPaging> = { [G in keyof C]: GroupMethods<C[G], P> };

export interface ClientBase {
  /** Calls any operation by its catalog entry, for code that routes by operation (the Zapier and n8n packages). */
  call(operation: OperationSpec, input?: Record<string, unknown>, options?: CallOptions): Promise<unknown>;
  readonly baseUrl: string;
}

export type Client<D extends ApiDefinition> = ClientMethods<D['catalog'], D['paging']> & ClientBase;

export function createClient<D extends AnyDefinition>(definition: D, options: ClientOptions<CredentialsOf<D>>): Client<D> {
  const { errors } = definition;
  const credentials = definition.auth.check(options.credentials);
  const baseUrl = (options.baseUrl ?? definition.baseUrl).replace(/\/+$/, '');
  const settings = {
    baseUrl,
    auth: definition.auth.apply(credentials),
    userAgent: options.userAgent ?? `${definition.clientName}/${definition.version}`,
    invalidInput: errors.invalidInput,
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
  };
  const validateResponses = options.validateResponses ?? true;

  async function call(operation: OperationSpec, input: Record<string, unknown> = {}, callOptions: CallOptions = {}): Promise<unknown> {
    const request = buildRequest(operation, input, {
      ...settings,
      ...(callOptions.timeoutMs === undefined ? {} : { timeoutMs: callOptions.timeoutMs }),
    });
    if (callOptions.signal) request.signal = callOptions.signal;
    let response: TransportResponse;
    try {
      response = await options.transport(request);
    } catch (error) {
      if (errors.isOwn(error)) throw error;
      // Only the message and code travel on: a transport's own error may hold the request, credentials included.
      const code = (error as { code?: unknown })?.code;
      throw errors.network({
        kind: error instanceof TransportError ? error.kind : 'unreachable',
        detail: (error as Error)?.message ?? String(error),
        ...(typeof code === 'string' ? { code } : {}),
        ...(error instanceof TransportError && error.timeoutMs !== undefined ? { timeoutMs: error.timeoutMs } : {}),
        baseUrl,
        operationId: operation.operationId,
      });
    }
    const warning = definition.warningHeader === undefined ? undefined : response.headers[definition.warningHeader.toLowerCase()];
    if (warning && options.onWarning) options.onWarning(warning);
    if (response.status < 200 || response.status >= 300) throw errors.fromResponse(response, operation.operationId);
    return parseSuccess(operation, response);
  }

  function parseSuccess(operation: OperationSpec, response: TransportResponse): unknown {
    if (!operation.response) return undefined;
    if (!validateResponses) return response.body;
    const result = operation.response.safeParse(response.body);
    if (result.success) return result.data;
    throw errors.unexpectedResponse(zodIssues(result.error, 'response'), {
      status: response.status,
      operationId: operation.operationId,
      body: response.body,
    });
  }

  const paging = definition.paging;
  const client: Record<string, unknown> = { call, baseUrl };
  for (const [group, entries] of Object.entries(definition.catalog)) {
    const methods: Record<string, unknown> = {};
    for (const [name, operation] of Object.entries(entries)) {
      methods[name] = (input?: Record<string, unknown>, callOptions?: CallOptions) => call(operation, input, callOptions);
      if (operation.pagination && paging.style === 'limit-offset') {
        const defaultLimit = operation.pagination.defaultLimit;
        methods[`${name}All`] = (input: Record<string, unknown>, pageOptions: PageOptions & CallOptions = {}) =>
          paginate(
            ({ limit, offset }) => call(operation, { ...input, [paging.limitParam]: limit, [paging.offsetParam]: offset }, pageOptions) as Promise<unknown[]>,
            pageOptions.pageSize ?? defaultLimit,
            pageOptions.maxItems,
          );
      }
    }
    client[group] = methods;
  }
  return client as Client<D>;
}
