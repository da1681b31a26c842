import { LIST_KEYS } from '../keys';
import { defineOpportunityValuesList } from './opportunity-values';

export default defineOpportunityValuesList({
  key: LIST_KEYS.closedReasons,
  noun: 'Closed Reason',
  label: 'List Closed Reasons',
  valuesOf: (opportunities) => opportunities.flatMap((opportunity) => opportunity.closed_reason_names),
});
