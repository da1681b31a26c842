import { EXAMPLE, EXAMPLE_OPPORTUNITY } from '@integration-pack/core/reevo/api';
import { createTestWorkspace, testId } from './support/workspace';

const params = { opportunity_id: EXAMPLE.opportunityId };
const shift = (workspace: ReturnType<typeof createTestWorkspace>, body: Record<string, unknown>) => workspace.call('shiftOpportunityStage', { params, body });

describe('shiftOpportunityStage', () => {
  it('moves to an open stage and emits stage_changed then updated, with the same changes', () => {
    const workspace = createTestWorkspace();
    workspace.advance(1);
    const moved = shift(workspace, { target_stage_name: 'proposal' });
    expect(moved).toEqual({ ...EXAMPLE_OPPORTUNITY, stage_name: 'Proposal', updated_at: '2026-12-01T12:00:01.000Z' });
    const changes = { stage_name: { from: 'Qualified', to: 'Proposal' } };
    expect(workspace.events).toEqual([
      { type: 'opportunity.stage_changed', data: moved, changes },
      { type: 'opportunity.updated', data: moved, changes },
    ]);
  });

  it('makes it a PROSPECT in the first stage and a DEAL past it', () => {
    const workspace = createTestWorkspace();
    expect(shift(workspace, { target_stage_name: 'Discovery' }).status).toBe('PROSPECT');
    expect(workspace.events[0]?.changes).toEqual({ stage_name: { from: 'Qualified', to: 'Discovery' }, status: { from: 'DEAL', to: 'PROSPECT' } });
    expect(shift(workspace, { target_stage_name: 'Negotiation' }).status).toBe('DEAL');
  });

  it('refuses an unknown stage, listing the stages of the opportunity\'s pipeline', () => {
    const error = createTestWorkspace().fail('shiftOpportunityStage', { params, body: { target_stage_name: 'Renewed' } });
    expect(error.errorName).toBe('BadRequestError');
    expect(error.message).toBe(
      'target_stage_name: the pipeline "Sales" has no stage named "Renewed". Use one of "Discovery", "Qualified", "Proposal", "Negotiation", "Closed Won" or "Closed Lost".',
    );
  });

  it('needs at least one won reason to close won, naming the valid ones', () => {
    const workspace = createTestWorkspace();
    const error = workspace.fail('shiftOpportunityStage', { params, body: { target_stage_name: 'Closed Won' } });
    expect(error.message).toBe('closed_reason_names: moving to "Closed Won" needs at least one won reason: "Product Fit", "Price" or "Relationship".');
    expect(error.details).toMatchObject({ valid_won_reasons: ['Product Fit', 'Price', 'Relationship'] });
    expect(workspace.state.opportunities.get(EXAMPLE.opportunityId)).toEqual(EXAMPLE_OPPORTUNITY);
  });

  it('refuses lost reasons on a won stage, naming the unknown reason and the valid ones', () => {
    const error = createTestWorkspace().fail('shiftOpportunityStage', { params, body: { target_stage_name: 'Closed Won', closed_reason_names: ['Price', 'Competitor'] } });
    expect(error.message).toBe('closed_reason_names: "Competitor" is not a won reason of the pipeline "Sales". Use "Product Fit", "Price" or "Relationship".');
    expect(error.details).toMatchObject({ unknown_reasons: ['Competitor'] });
  });

  it('closes lost with reasons in the pipeline\'s spelling and a detail', () => {
    const workspace = createTestWorkspace();
    const closed = shift(workspace, { target_stage_name: 'Closed Lost', closed_reason_names: ['price', 'no budget'], closed_reason_custom_detail: 'Chose a cheaper competitor.' });
    expect(closed).toMatchObject({ stage_name: 'Closed Lost', status: 'DEAL', closed_reason_names: ['Price', 'No Budget'], closed_reason_custom_detail: 'Chose a cheaper competitor.' });
    expect(workspace.events[0]?.changes).toEqual({
      stage_name: { from: 'Qualified', to: 'Closed Lost' },
      closed_reason_names: { from: [], to: ['Price', 'No Budget'] },
      closed_reason_custom_detail: { from: null, to: 'Chose a cheaper competitor.' },
    });
  });

  it('refuses closed reasons and a closed detail on an open stage', () => {
    const workspace = createTestWorkspace();
    expect(workspace.fail('shiftOpportunityStage', { params, body: { target_stage_name: 'Proposal', closed_reason_names: ['Price'] } }).message).toMatch(
      /^closed_reason_names: "Proposal" is an open stage, so it takes no closed reasons/,
    );
    expect(workspace.fail('shiftOpportunityStage', { params, body: { target_stage_name: 'Proposal', closed_reason_custom_detail: 'x' } }).message).toMatch(
      /^closed_reason_custom_detail: "Proposal" is an open stage/,
    );
  });

  it('reopens a closed deal: the reasons and detail clear', () => {
    const workspace = createTestWorkspace();
    shift(workspace, { target_stage_name: 'Closed Won', closed_reason_names: ['Product Fit'], closed_reason_custom_detail: 'Great fit' });
    expect(shift(workspace, { target_stage_name: 'Negotiation' })).toMatchObject({ stage_name: 'Negotiation', closed_reason_names: [], closed_reason_custom_detail: null });
  });

  it('treats the current stage as a no-op, and new reasons on the same closed stage as an update without a stage change', () => {
    const workspace = createTestWorkspace();
    expect(shift(workspace, { target_stage_name: 'Qualified' })).toEqual(EXAMPLE_OPPORTUNITY);
    expect(workspace.takeEvents()).toEqual([]);
    shift(workspace, { target_stage_name: 'Closed Won', closed_reason_names: ['Price'] });
    workspace.takeEvents();
    shift(workspace, { target_stage_name: 'Closed Won', closed_reason_names: ['Relationship'] });
    expect(workspace.takeEvents().map((event) => [event.type, event.changes])).toEqual([
      ['opportunity.updated', { closed_reason_names: { from: ['Price'], to: ['Relationship'] } }],
    ]);
  });

  it('uses the stages and reasons of the opportunity\'s own pipeline', () => {
    const workspace = createTestWorkspace();
    const renewal = [...workspace.state.opportunities.values()].find((opportunity) => opportunity.pipeline_name === 'Renewals')?.id as string;
    const moved = workspace.call('shiftOpportunityStage', { params: { opportunity_id: renewal }, body: { target_stage_name: 'Churned', closed_reason_names: ['Budget Cut'] } });
    expect(moved).toMatchObject({ stage_name: 'Churned', closed_reason_names: ['Budget Cut'] });
    expect(workspace.fail('shiftOpportunityStage', { params: { opportunity_id: renewal }, body: { target_stage_name: 'Closed Won' } }).errorName).toBe('BadRequestError');
  });

  it('answers 404 for an unknown opportunity', () => {
    expect(createTestWorkspace().fail('shiftOpportunityStage', { params: { opportunity_id: testId(2) }, body: { target_stage_name: 'Qualified' } }).errorName).toBe('NotFoundError');
  });
});
