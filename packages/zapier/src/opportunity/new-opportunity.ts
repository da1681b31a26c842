import { defineEventTrigger } from '../reevo';
import { TRIGGER_KEYS } from '../keys';
import { recentOpportunities } from './recent-opportunities';

export default defineEventTrigger({
  key: TRIGGER_KEYS.newOpportunity,
  noun: 'Opportunity',
  event: 'opportunity.created',
  listRecords: (z, bundle) => recentOpportunities(z, bundle),
});
