/**
 * The typed client: one method per catalog operation, grouped as in the catalog (`client.accounts.create`),
 * plus `…All` iterators for searches that page. It needs a transport; `@reevo/client` supplies axios by default.
 */
import { API_BASE_URL, catalog, type Catalog } from '../catalog/index';
import type { OperationInput, OperationOutput, OperationSpec } from '../catalog/operation';
import { buildRequest, zodIssues } from './build-request';
import { ReevoError, ReevoNetworkError, ReevoResponseValidationError } from './errors';
import { paginate, type PageOptions } from './paginate';
import { parseApiError } from './parse-error';
import type { ReevoClientMethods } from './methods.generated';
import type { Transport, TransportResponse } from './transport';

export const CLIENT_VERSION = '0.1.0';

export interface ReevoClientOptions {
  apiKey: string;
  transport: Transport;
  /** Defaults to https://api.reevo.ai; point it at the reference server for tests. */
  baseUrl?: string;
  /** Milliseconds per attempt, passed to the transport. */
  timeoutMs?: number;
  /** Check every success body against the catalog (default true): drift fails loudly instead of silently. */
  validateResponses?: boolean;
  userAgent?: string;
  /** Called with Reevo's quota warning (`X-Reevo-Quota-Warning`) when a response carries one. */
  onQuotaWarning?: (message: string) => void;
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

type PagedInput<O extends OperationSpec> = Omit<OperationInput<O>, 'limit' | 'offset'>;
type ItemOf<O extends OperationSpec> = OperationOutput<O> extends readonly (infer T)[] ? T : never;
export type PagedMethod<O extends OperationSpec> = (input: PagedInput<O>, options?: PageOptions & CallOptions) => AsyncGenerator<ItemOf<O>, void, undefined>;

type GroupMethods<G> = { [K in keyof G]: G[K] extends OperationSpec ? OperationMethod<G[K]> : never } & {
  [K in keyof G as G[K] extends { pagination: object } ? `${K & string}All` : never]: G[K] extends OperationSpec ? PagedMethod<G[K]> : never;
};

/**
 * The methods as the catalog's types derive them. The client's public type is the generated `ReevoClientMethods`
 * (`methods.generated.ts`), which carries the catalog's words to the editor; test/types/generated.types.ts proves at
 * compile time that it equals this.
 */
export type CatalogMethods = { [G in keyof Catalog]: GroupMethods<Catalog[G]> };

export type ReevoClient = ReevoClientMethods & {
  /** Calls any operation by its catalog entry, for code that routes by operation (the Zapier and n8n packages). */
  call(operation: OperationSpec, input?: Record<string, unknown>, options?: CallOptions): Promise<unknown>;
  readonly baseUrl: string;
};

export function createReevoClient(options: ReevoClientOptions): ReevoClient {
  if (!options.apiKey || !options.apiKey.trim()) {
    throw new ReevoError('An API key is required. Create one in Reevo under Settings → API Keys (workspace admins only).');
  }
  const baseUrl = (options.baseUrl ?? API_BASE_URL).replace(/\/+$/, '');
  const settings = {
    baseUrl,
    apiKey: options.apiKey.trim(),
    userAgent: options.userAgent ?? `reevo-client-js/${CLIENT_VERSION}`,
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
      if (error instanceof ReevoError) throw error;
      // Only the message and code travel on: a transport's own error may hold the request, API key included.
      throw new ReevoNetworkError(`Could not reach Reevo at ${baseUrl}: ${(error as Error)?.message ?? String(error)}. Check the base URL and your network, then try again.`, {
        operationId: operation.operationId,
        ...(typeof (error as { code?: unknown })?.code === 'string' ? { code: (error as { code: string }).code } : {}),
      });
    }
    const warning = response.headers['x-reevo-quota-warning'];
    if (warning && options.onQuotaWarning) options.onQuotaWarning(warning);
    if (response.status < 200 || response.status >= 300) throw parseApiError(response, operation.operationId);
    return parseSuccess(operation, response, validateResponses);
  }

  const client = { call, baseUrl } as Record<string, unknown>;
  for (const [group, entries] of Object.entries(catalog)) {
    const methods: Record<string, unknown> = {};
    for (const [name, operation] of Object.entries(entries as Record<string, OperationSpec>)) {
      methods[name] = (input?: Record<string, unknown>, callOptions?: CallOptions) => call(operation, input, callOptions);
      if (operation.pagination) {
        const defaultLimit = operation.pagination.defaultLimit;
        methods[`${name}All`] = (input: Record<string, unknown>, pageOptions: PageOptions & CallOptions = {}) =>
          paginate(
            (paging) => call(operation, { ...input, ...paging }, pageOptions) as Promise<unknown[]>,
            pageOptions.pageSize ?? defaultLimit,
            pageOptions.maxItems,
          );
      }
    }
    client[group] = methods;
  }
  return client as unknown as ReevoClient;
}

function parseSuccess(operation: OperationSpec, response: TransportResponse, validate: boolean): unknown {
  if (!operation.response) return undefined;
  if (!validate) return response.body;
  const result = operation.response.safeParse(response.body);
  if (result.success) return result.data;
  throw new ReevoResponseValidationError(zodIssues(result.error, 'response'), {
    status: response.status,
    operationId: operation.operationId,
    body: response.body,
  });
}
