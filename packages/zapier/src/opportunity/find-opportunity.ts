import { catalog } from '@integration-pack/core/reevo/api';
import { defineCatalogSearch } from '../reevo';
import { SEARCH_KEYS } from '../keys';

export default defineCatalogSearch({
  key: SEARCH_KEYS.findOpportunity,
  noun: 'Opportunity',
  label: 'Find Opportunity',
  description: 'Finds the newest opportunity matching a name, account, owner, status or stage.',
  operation: catalog.opportunities.search,
  fields: {
    overrides: {
      // A partial name is the point of this field, so no dropdown of exact names.
      display_name: { dynamic: false, helpText: 'Text the opportunity name contains (case does not matter).' },
      account_id: { label: 'Account' },
    },
  },
});
