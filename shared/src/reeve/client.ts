/**
 * The typed Reeve client: the machine's client (src/machine/create-client.ts) over `reeveApi`, with Reeve's option
 * names. Needs a transport; `@reevo/client/reeve` gives axios by default.
 */
import { createClient, type ClientBase, type ClientMethods } from '../machine/create-client';
import type { Transport } from '../machine/transport';
import type { ReeveCatalog } from './catalog/index';
import { reeveApi } from './definition';
import type { ReeveClientMethods } from './methods.generated';

export interface ReeveClientOptions {
  /** The user's session token (Reeve answers 401 once it lapses after 30 days unused, or is revoked). */
  sessionToken: string;
  /** The brand to act in (sent as `X-Reeve-Brand`); the user's default brand when absent. */
  brandId?: string;
  transport: Transport;
  /** Defaults to https://services.meetreeve.com; point it at the reference server for tests. */
  baseUrl?: string;
  /** Milliseconds per attempt, passed to the transport. */
  timeoutMs?: number;
  /** Check every success body against the catalog (default true): drift fails loudly instead of silently. */
  validateResponses?: boolean;
  userAgent?: string;
}

/**
 * The methods as the catalog's types derive them. test/reeve/types/generated.types.ts proves at compile time that the
 * generated `ReeveClientMethods` (which carries the catalog's words to the editor) equals this.
 */
export type ReeveCatalogMethods = ClientMethods<ReeveCatalog>;
export type { ReeveClientMethods } from './methods.generated';
export type ReeveClient = ReeveClientMethods & ClientBase;

export function createReeveClient(options: ReeveClientOptions): ReeveClient {
  const { sessionToken, brandId, ...rest } = options;
  // The generated interface spells the same methods as the derived type (proved in test/reeve/types), with their docs.
  return createClient(reeveApi, { ...rest, credentials: { sessionToken, ...(brandId === undefined ? {} : { brandId }) } }) as ReeveCatalogMethods & ClientBase as ReeveClient;
}
