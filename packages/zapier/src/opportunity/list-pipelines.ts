import { LIST_KEYS } from '../keys';
import { defineOpportunityValuesList } from './opportunity-values';

export default defineOpportunityValuesList({
  key: LIST_KEYS.pipelines,
  noun: 'Pipeline',
  label: 'List Pipelines',
  valuesOf: (opportunities) => opportunities.map((opportunity) => opportunity.pipeline_name),
});
