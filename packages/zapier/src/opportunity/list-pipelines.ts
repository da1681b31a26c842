import { LIST_KEYS } from '../keys';
import { defineOpportunityValuesList } from './opportunity-values';

export default defineOpportunityValuesList({ key: LIST_KEYS.pipelines, noun: 'Pipeline', label: 'List Pipelines', valuesOf: (opportunity) => [opportunity.pipeline_name] });
