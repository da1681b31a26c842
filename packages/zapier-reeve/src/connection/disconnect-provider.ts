import { reeveCatalog } from '@integration-pack/core/reeve/api';
import { CREATE_KEYS, LIST_KEYS } from '../keys';
import { defineCatalogCreate } from '../reeve';

export default defineCatalogCreate({
  key: CREATE_KEYS.disconnectProvider,
  noun: 'Connection',
  label: 'Disconnect a Provider',
  description: "Disconnects a provider from the brand: Reeve deletes its tokens and, where the provider allows, revokes the grant.",
  operation: reeveCatalog.connections.disconnect,
  fields: { overrides: { provider: { dynamic: `${LIST_KEYS.connections}.id.label` } } },
});
