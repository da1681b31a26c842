/** Endpoints 4 and 5 (docs/reeve-api.md §3): the caller's connections in the brand, and disconnecting one. */
import { REEVE_PROVIDERS, type ProviderSlug } from '@integration-pack/core/reeve/api';
import { DetailError } from '../../http/errors';
import type { ReeveCaller } from '../access';
import { disconnect } from '../connections';
import type { ReeveRuntime } from '../reeve-runtime';
import { connectionView } from '../state';

export function listConnections(reeve: ReeveRuntime, caller: ReeveCaller) {
  return { connections: reeve.state.connectionsOf(caller.user.id, caller.brandId).map(connectionView) };
}

export function disconnectProvider(reeve: ReeveRuntime, caller: ReeveCaller, provider: ProviderSlug) {
  const row = reeve.state.connection(caller.user.id, caller.brandId, provider);
  if (!row || row.status === 'disconnected') {
    throw new DetailError(404, `${REEVE_PROVIDERS[provider].name} is not connected for you in brand ${caller.brandId}: there is nothing to disconnect.`);
  }
  const revoked = disconnect(reeve, row);
  return { provider, status: 'disconnected' as const, revoked };
}
