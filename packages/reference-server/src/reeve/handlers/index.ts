/**
 * Reeve's operations by operationId (the catalog's, `@integration-pack/core/reeve/api`), each run on the caller's behalf
 * with validated input. Endpoints 6–9 (events and webhook subscriptions) join from their own module.
 */
import type { ProviderSlug } from '@integration-pack/core/reeve/api';
import type { OperationInput } from '../../http/served-api';
import type { ReeveCaller } from '../access';
import type { ReeveRuntime } from '../reeve-runtime';
import { connectWithApiKey } from './connect';
import { disconnectProvider, listConnections } from './connections';
import { authorize, completeAuthorization } from './oauth';

export type ReeveHandler = (reeve: ReeveRuntime, caller: ReeveCaller, input: OperationInput) => unknown;

const providerOf = (input: OperationInput) => input.params.provider as ProviderSlug;

export const connectionHandlers: Readonly<Record<string, ReeveHandler>> = {
  getAuthorizationUrl: (reeve, caller, input) => authorize(reeve, caller, providerOf(input), input.query as { redirect_uri: string; shop?: string }),
  completeAuthorization: (reeve, caller, input) => completeAuthorization(reeve, caller, providerOf(input), input.query),
  connectWithApiKey: (reeve, caller, input) => connectWithApiKey(reeve, caller, input.body as Parameters<typeof connectWithApiKey>[2]),
  listConnections: (reeve, caller) => listConnections(reeve, caller),
  disconnectProvider: (reeve, caller, input) => disconnectProvider(reeve, caller, providerOf(input)),
};
