/** The hidden dropdown of the user's connections in the brand (List Connections): the value is the provider slug. */
import { REEVE_PROVIDERS, reeveCatalog } from '@integration-pack/core/reeve/api';
import { defineListTrigger } from '../../../zapier/src/platform/factories/list-trigger';
import { LIST_KEYS } from '../keys';
import { callReeve } from '../reeve';

export default defineListTrigger({
  key: LIST_KEYS.connections,
  noun: 'Connection',
  label: 'List Connections',
  list: async (z, bundle) => {
    const { connections } = await callReeve(z, bundle, reeveCatalog.connections.list, {});
    return connections.map((connection) => ({
      id: connection.provider,
      label: `${REEVE_PROVIDERS[connection.provider].name}: ${connection.account_name} (${connection.status})`,
      status: connection.status,
    }));
  },
});
