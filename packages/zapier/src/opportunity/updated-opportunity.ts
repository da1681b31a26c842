import { defineEventTrigger } from '../reevo';
import { TRIGGER_KEYS } from '../keys';
import { newestUpdatedFirst } from '../webhook/recency';
import { recentOpportunities } from './recent-opportunities';

export default defineEventTrigger({
  key: TRIGGER_KEYS.updatedOpportunity,
  noun: 'Opportunity',
  event: 'opportunity.updated',
  listRecords: async (z, bundle) => newestUpdatedFirst(await recentOpportunities(z, bundle)),
});
