import { catalog } from '@integration-pack/core/reevo/api';
import { defineEventTrigger } from '../reevo';
import { inputFieldsFrom } from '../reevo';
import { TRIGGER_KEYS } from '../keys';
import { newestUpdatedFirst } from '../webhook/recency';
import { recentOpportunities } from './recent-opportunities';

/** The stage filter is the search's own `stage_name` field, so its words and dropdown match Find Opportunity's. */
const stageFilter = inputFieldsFrom(catalog.opportunities.search.body.pick({ stage_name: true }), {
  overrides: { stage_name: { label: 'Stage', helpText: 'Only trigger when an opportunity moves into this stage. Leave blank for every stage change.' } },
});

export default defineEventTrigger({
  key: TRIGGER_KEYS.opportunityStageChanged,
  noun: 'Opportunity',
  event: 'opportunity.stage_changed',
  inputFields: stageFilter,
  matches: (event, inputData) => !inputData.stage_name || (event.data as { stage_name: string }).stage_name === inputData.stage_name,
  listRecords: async (z, bundle) => {
    const stage = (bundle.inputData as { stage_name?: string } | undefined)?.stage_name;
    return newestUpdatedFirst(await recentOpportunities(z, bundle, stage ? { stage_name: stage } : {}));
  },
});
