import { EXAMPLE, EXAMPLE_ACTIVITY } from '@integration-pack/core/reevo/api';
import { createTestWorkspace, START_TIME, testId } from './support/workspace';

const metadata = { activity_time: '2026-11-22T15:30:00Z', subject: 'Texted Jane', description: 'Confirmed the demo for Tuesday.' };

describe('logManualActivity', () => {
  it('logs the activity with the default category and emits activity.created', () => {
    const workspace = createTestWorkspace();
    const activity = workspace.call('logManualActivity', { body: { metadata } });
    expect(activity).toEqual({ id: testId(1), metadata: { ...metadata, category: 'OTHER' }, account_id: null, contact_ids: [], pipeline_id: null, sequence_id: null, created_at: START_TIME });
    expect(workspace.state.activities.get(activity.id)).toEqual(activity);
    expect(workspace.events).toEqual([{ type: 'activity.created', data: activity }]);
  });

  it('ties it to an existing account, contacts, opportunity (pipeline_id) and sequence', () => {
    const activity = createTestWorkspace().call('logManualActivity', {
      body: { metadata: { ...metadata, category: 'TEXT' }, account_id: EXAMPLE.accountId, contact_ids: [EXAMPLE.contactId, EXAMPLE.contactId], pipeline_id: EXAMPLE.opportunityId, sequence_id: EXAMPLE.sequenceId },
    });
    expect(activity).toEqual({ ...EXAMPLE_ACTIVITY, id: testId(1), pipeline_id: EXAMPLE.opportunityId, sequence_id: EXAMPLE.sequenceId, created_at: START_TIME });
  });

  it('answers 404 naming each kind of record that does not exist', () => {
    const workspace = createTestWorkspace();
    const missing = testId(77);
    const cases = [
      [{ account_id: missing }, `Account ${missing} not found.`],
      [{ contact_ids: [EXAMPLE.contactId, missing] }, `Contact ${missing} not found.`],
      [{ pipeline_id: missing }, `Opportunity ${missing} not found.`],
      [{ sequence_id: missing }, `Sequence ${missing} not found.`],
    ] as const;
    for (const [references, message] of cases) {
      const error = workspace.fail('logManualActivity', { body: { metadata, ...references } });
      expect([error.errorName, error.message]).toEqual(['NotFoundError', message]);
    }
    expect(workspace.state.activities.size).toBe(0);
  });
});
