import { EXAMPLE } from '@integration-pack/core/reevo/api';
import { createTestWorkspace, START_TIME, testId } from './support/workspace';

describe('createTask', () => {
  it('creates a task with the catalog\'s defaults and emits task.created', () => {
    const workspace = createTestWorkspace();
    const task = workspace.call('createTask', { body: { title: 'Create Task API Test', owner_email: 'Alex.Morgan@northwind.com' } });
    expect(task).toEqual({
      id: testId(1),
      title: 'Create Task API Test',
      owner_email: EXAMPLE.ownerEmail,
      status: 'OPEN',
      priority: 'MEDIUM',
      type: 'REMINDER',
      due_at: null,
      note: null,
      account_id: null,
      contact_emails: [],
      opportunity_id: null,
      created_at: START_TIME,
      updated_at: START_TIME,
    });
    expect(workspace.state.tasks.get(task.id)).toEqual(task);
    expect(workspace.events).toEqual([{ type: 'task.created', data: task }]);
  });

  it('ties it to an account, contacts by email and an opportunity by its exact name', () => {
    const task = createTestWorkspace().call('createTask', {
      body: {
        title: 'Call Jane',
        owner_email: EXAMPLE.ownerEmail,
        status: 'IN_PROGRESS',
        priority: 'HIGH',
        type: 'VOICE_CALL',
        due_at: '2026-12-02T10:00:00Z',
        note: 'About the proposal',
        account_id: EXAMPLE.accountId,
        contact_emails: ['JANE.DOE@acme.com', 'john.smith@acme.com', 'jane.doe@acme.com'],
        opportunity_name: 'acme - annual plan',
      },
    });
    expect(task).toMatchObject({
      status: 'IN_PROGRESS',
      priority: 'HIGH',
      type: 'VOICE_CALL',
      due_at: '2026-12-02T10:00:00Z',
      note: 'About the proposal',
      account_id: EXAMPLE.accountId,
      contact_emails: [EXAMPLE.contactEmail, 'john.smith@acme.com'],
      opportunity_id: EXAMPLE.opportunityId,
    });
  });

  it('refuses an assignee who is not a user (400), and unknown accounts, contacts and opportunity names (404)', () => {
    const workspace = createTestWorkspace();
    const base = { title: 'T', owner_email: EXAMPLE.ownerEmail };
    const owner = workspace.fail('createTask', { body: { ...base, owner_email: 'temp@agency.com' } });
    expect([owner.errorName, owner.message]).toEqual(['BadRequestError', 'owner_email: no user of this workspace has the email "temp@agency.com". Use the email of an existing workspace user (Find User looks one up).']);
    expect(workspace.fail('createTask', { body: { ...base, account_id: testId(8) } }).message).toBe(`Account ${testId(8)} not found.`);
    expect(workspace.fail('createTask', { body: { ...base, contact_emails: ['ghost@acme.com'] } }).message).toBe('Contact with email "ghost@acme.com" not found.');
    const opportunity = workspace.fail('createTask', { body: { ...base, opportunity_name: 'Acme - Annual' } });
    expect([opportunity.errorName, opportunity.message]).toEqual(['NotFoundError', 'Opportunity with name "Acme - Annual" not found.']);
    expect(workspace.state.tasks.size).toBe(0);
    expect(workspace.events).toEqual([]);
  });

  it('refuses an opportunity name that several opportunities share, saying how to fix it', () => {
    const workspace = createTestWorkspace();
    const twin = workspace.call('createOpportunity', { body: { display_name: 'Acme - Annual Plan', account_id: EXAMPLE.accountId } });
    const error = workspace.fail('createTask', { body: { title: 'T', owner_email: EXAMPLE.ownerEmail, opportunity_name: 'Acme - Annual Plan' } });
    expect(error.errorName).toBe('BadRequestError');
    expect(error.message).toBe(`opportunity_name: 2 opportunities are named "Acme - Annual Plan" (${EXAMPLE.opportunityId}, ${twin.id}). Rename one with Update Opportunity so the name is unique, then retry.`);
  });
});
