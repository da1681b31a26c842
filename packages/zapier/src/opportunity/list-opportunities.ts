import { defineListTrigger, pageOf } from '../platform/factories/list-trigger';
import { LIST_KEYS } from '../keys';
import { recentOpportunities } from './recent-opportunities';

export default defineListTrigger({
  key: LIST_KEYS.opportunities,
  noun: 'Opportunity',
  label: 'List Opportunities',
  canPaginate: true,
  // Dropdowns see the action's other inputs: with an account chosen, offer only its opportunities.
  list: async (z, bundle) => {
    const accountId = (bundle.inputData as { account_id?: unknown } | undefined)?.account_id;
    const filters = typeof accountId === 'string' && accountId ? { account_id: accountId } : {};
    return (await recentOpportunities(z, bundle, filters, pageOf(bundle))).map((opportunity) => ({
      id: opportunity.id,
      display_name: opportunity.display_name,
      label: `${opportunity.display_name} (${opportunity.stage_name})`,
    }));
  },
});
