/**
 * A SystemEvent (docs/reeve-api.md §3): what Reeve records of a provider webhook or a connection's change of status,
 * listed by endpoint 6 and, as the same object, the body of every delivery to a subscription (endpoint 7).
 */
import type { ProviderSlug, ReeveEventType } from '@reevo/client/reeve-catalog';

export interface SystemEvent {
  id: string;
  type: ReeveEventType;
  provider: ProviderSlug;
  brand_id: string;
  /** The account's name at the provider, when the connection knows it. */
  connection_account: string | null;
  received_at: string;
  /** The provider's payload, untouched; for `connection.*` events, the Connection. */
  data: unknown;
}

/** A SystemEvent as the server keeps it: with the user it belongs to, which the API never shows. */
export interface StoredSystemEvent {
  userId: string;
  event: SystemEvent;
}

/** Events are listed, and kept, for this long on the server's clock (docs/reeve-api.md §3 endpoint 6). */
export const EVENT_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;
