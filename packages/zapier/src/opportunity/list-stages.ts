import { LIST_KEYS } from '../keys';
import { defineOpportunityValuesList } from './opportunity-values';

export default defineOpportunityValuesList({ key: LIST_KEYS.stages, noun: 'Stage', label: 'List Stages', valuesOf: (opportunity) => [opportunity.stage_name] });
