import { catalog, type Opportunity } from '@integration-pack/core/reevo/api';
import { badRequest } from '../rules/errors';
import { requireOpportunity } from '../rules/lookups';
import { closedReasonsFor, pipelineOf, requireStage, statusForStage } from '../rules/pipelines';
import { commitUpdate } from '../rules/records';
import { defineHandler } from './define';

/**
 * Moves an opportunity within its own pipeline. A move to a closed stage records its reasons (and detail) afresh;
 * a move to an open stage clears them, which is how a closed deal is reopened.
 */
export const shiftOpportunityStage = defineHandler(catalog.opportunities.shiftStage, (state, context, { params, body }) => {
  const before = requireOpportunity(state, params.opportunity_id);
  const pipeline = pipelineOf(state, before);
  const stage = requireStage(pipeline, body.target_stage_name);
  const reasons = closedReasonsFor(pipeline, stage, body.closed_reason_names ?? []);
  if (stage.kind === 'open' && body.closed_reason_custom_detail !== undefined) {
    throw badRequest(
      `closed_reason_custom_detail: "${stage.name}" is an open stage, so it takes no closed reason detail. Leave it out, or move to a closed stage.`,
      { field: 'closed_reason_custom_detail', target_stage_name: stage.name },
    );
  }
  const after: Opportunity = {
    ...before,
    stage_name: stage.name,
    status: statusForStage(pipeline, stage),
    closed_reason_names: reasons,
    closed_reason_custom_detail: stage.kind === 'open' ? null : (body.closed_reason_custom_detail ?? null),
  };
  // Re-sending the current stage with other reasons is an update, not a stage change.
  const events = after.stage_name === before.stage_name ? (['opportunity.updated'] as const) : (['opportunity.stage_changed', 'opportunity.updated'] as const);
  return commitUpdate(state.opportunities, context, before, after, events).record;
});
