import { catalog } from '@integration-pack/core/reevo/api';
import { defineCatalogCreate } from '../reevo';
import { CREATE_KEYS } from '../keys';

export default defineCatalogCreate({
  key: CREATE_KEYS.createOpportunity,
  noun: 'Opportunity',
  label: 'Create Opportunity',
  description: 'Creates a new opportunity on an existing account, in the first stage of its pipeline.',
  operation: catalog.opportunities.create,
  fields: { overrides: { account_id: { label: 'Account', helpText: 'The account the opportunity is on. Pick one, or map an ID from Find Account or Create Account.' } } },
});
