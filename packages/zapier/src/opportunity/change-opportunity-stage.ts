import { catalog } from '@integration-pack/core/reevo/api';
import { defineCatalogCreate } from '../reevo';
import { CREATE_KEYS } from '../keys';

export default defineCatalogCreate({
  key: CREATE_KEYS.changeOpportunityStage,
  noun: 'Opportunity',
  label: 'Shift Opportunity Stage',
  description: 'Moves an opportunity to another stage of its pipeline, with the won or lost reasons when the stage closes it.',
  operation: catalog.opportunities.shiftStage,
  fields: {
    overrides: {
      opportunity_id: { label: 'Opportunity', helpText: 'The opportunity to move. Pick one, or map an ID from Find Opportunity.' },
      closed_reason_names: { helpText: 'Required for a closed won or lost stage: why the deal was won or lost. The stage decides which reasons apply.' },
    },
  },
});
