/**
 * The typed Reeve client: the machine's client (src/machine/create-client.ts) over `reeveApi`, with Reeve's option
 * names. Needs a transport; `@reevo/client/reeve` gives axios by default.
 */
import { createClient, type ClientBase, type ClientMethods } from '../machine/create-client';
import type { Transport } from '../machine/transport';
import type { ReeveCatalog } from './catalog/index';
import { reeveApi } from './definition';

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

/** One method per catalog operation: `connections.list()`, `webhooks.create({...})`, … */
export type ReeveClientMethods = ClientMethods<ReeveCatalog>;
export type ReeveClient = ReeveClientMethods & ClientBase;

export function createReeveClient(options: ReeveClientOptions): ReeveClient {
  const { sessionToken, brandId, ...rest } = options;
  return createClient(reeveApi, { ...rest, credentials: { sessionToken, ...(brandId === undefined ? {} : { brandId }) } });
}
