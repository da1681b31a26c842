import { catalog } from '@integration-pack/core/reevo/api';
import { defineCatalogCreate } from '../reevo';
import { CREATE_KEYS } from '../keys';

export default defineCatalogCreate({
  key: CREATE_KEYS.updateOpportunity,
  noun: 'Opportunity',
  label: 'Update Opportunity',
  description: 'Updates an existing opportunity. Fields left blank stay as they are; to move it to another stage, use Shift Opportunity Stage.',
  operation: catalog.opportunities.update,
  fields: {
    overrides: {
      opportunity_id: { label: 'Opportunity', helpText: 'The opportunity to update. Pick one, or map an ID from Find Opportunity.' },
      account_id: { label: 'Account', helpText: 'Move the opportunity to this existing account.' },
    },
  },
});
