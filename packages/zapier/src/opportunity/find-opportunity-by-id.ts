import { catalog } from '@integration-pack/core/reevo/api';
import { defineCatalogSearch } from '../reevo';
import { SEARCH_KEYS } from '../keys';

export default defineCatalogSearch({
  key: SEARCH_KEYS.findOpportunityById,
  noun: 'Opportunity',
  label: 'Find Opportunity by ID',
  description: 'Finds an opportunity by its Reevo ID, for example one an activity or a trigger gave you.',
  operation: catalog.opportunities.get,
  fields: { overrides: { opportunity_id: { label: 'Opportunity', helpText: 'Pick an opportunity, or map an Opportunity ID from an earlier step.' } } },
});
