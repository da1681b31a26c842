/**
 * The typed Reevo client: the machine's client (src/machine/create-client.ts) over `reevoApi`, with Reevo's option
 * names. Its public type is the generated `ReevoClientMethods`, which carries the catalog's words to the editor.
 */
import { createClient, type ClientBase, type ClientMethods } from '../machine/create-client';
import type { Transport } from '../machine/transport';
import type { Catalog } from './catalog/index';
import { reevoApi, type ReevoApi } from './definition';
import type { ReevoClientMethods } from './methods.generated';

export { CLIENT_VERSION } from './version';
export type { CallOptions, OperationMethod, PagedMethod } from '../machine/create-client';

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

/**
 * The methods as the catalog's types derive them. test/types/generated.types.ts proves at compile time that the
 * generated `ReevoClientMethods` equals this.
 */
export type CatalogMethods = ClientMethods<Catalog, ReevoApi['paging']>;

export type ReevoClient = ReevoClientMethods & ClientBase;

export function createReevoClient(options: ReevoClientOptions): ReevoClient {
  const { apiKey, onQuotaWarning, ...rest } = options;
  // The generated interface spells the same methods as the derived type (proved in test/types), with their docs.
  return createClient(reevoApi, {
    ...rest,
    credentials: { apiKey },
    ...(onQuotaWarning ? { onWarning: onQuotaWarning } : {}),
  }) as CatalogMethods & ClientBase as ReevoClient;
}
