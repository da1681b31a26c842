import { stagesInFunnelOrder } from '@integration-pack/core/reevo';
import { LIST_KEYS } from '../keys';
import { defineOpportunityValuesList } from './opportunity-values';

// Funnel order, as the n8n node's stage dropdown: the order a deal moves through, not the order of recent changes.
export default defineOpportunityValuesList({
  key: LIST_KEYS.stages,
  noun: 'Stage',
  label: 'List Stages',
  valuesOf: (opportunities) => stagesInFunnelOrder(opportunities).map(({ stage }) => stage),
});
