import { EXAMPLE, EXAMPLE_OPPORTUNITY } from '@integration-pack/core/reevo/api';
import { createTestWorkspace, START_TIME, testId } from './support/workspace';

const JOHN = 'john.smith@acme.com';
const johnId = (workspace: ReturnType<typeof createTestWorkspace>) =>
  [...workspace.state.contacts.values()].find((contact) => contact.email === JOHN)?.id as string;

describe('createOpportunity', () => {
  it('puts it in the first stage of the default pipeline as a PROSPECT and emits opportunity.created', () => {
    const workspace = createTestWorkspace();
    const opportunity = workspace.call('createOpportunity', { body: { display_name: 'Acme - Add-on', account_id: EXAMPLE.accountId, amount: 5000, owner_email: EXAMPLE.ownerEmail, custom_fields: { source: 'web' } } });
    expect(opportunity).toEqual({
      id: testId(1),
      display_name: 'Acme - Add-on',
      account_id: EXAMPLE.accountId,
      owner_email: EXAMPLE.ownerEmail,
      primary_contact_email: null,
      additional_contact_emails: [],
      amount: 5000,
      pipeline_name: 'Sales',
      stage_name: 'Discovery',
      status: 'PROSPECT',
      next_step_details: null,
      next_step_due_at: null,
      closed_reason_names: [],
      closed_reason_custom_detail: null,
      custom_fields: { source: 'web' },
      created_at: START_TIME,
      updated_at: START_TIME,
    });
    expect(workspace.events).toEqual([{ type: 'opportunity.created', data: opportunity }]);
  });

  it('uses the named pipeline, matched without regard to case, and its first stage', () => {
    const opportunity = createTestWorkspace().call('createOpportunity', { body: { display_name: 'Renewal', account_id: EXAMPLE.accountId, pipeline_name: 'renewals' } });
    expect(opportunity).toMatchObject({ pipeline_name: 'Renewals', stage_name: 'Upcoming', status: 'PROSPECT' });
  });

  it('links the primary contact both ways and emits contact.updated for it', () => {
    const workspace = createTestWorkspace();
    const opportunity = workspace.call('createOpportunity', { body: { display_name: 'Acme - Services', account_id: EXAMPLE.accountId, primary_contact_email: 'JOHN.SMITH@acme.com' } });
    expect(opportunity.primary_contact_email).toBe(JOHN);
    expect(workspace.state.contacts.get(johnId(workspace))?.opportunity_ids).toEqual([opportunity.id]);
    expect(workspace.events.map((event) => event.type)).toEqual(['opportunity.created', 'contact.updated']);
    expect(workspace.events[1]?.changes).toEqual({ opportunity_ids: { from: [], to: [opportunity.id] } });
  });

  it('refuses an unknown pipeline, listing the valid ones', () => {
    const error = createTestWorkspace().fail('createOpportunity', { body: { display_name: 'X', account_id: EXAMPLE.accountId, pipeline_name: 'Upsell' } });
    expect(error.errorName).toBe('BadRequestError');
    expect(error.message).toBe('pipeline_name: this workspace has no pipeline named "Upsell". Use one of "Sales" or "Renewals", or leave it out for the default pipeline.');
    expect(error.details).toMatchObject({ valid_pipeline_names: ['Sales', 'Renewals'] });
  });

  it('needs an existing account (404), a user as owner (400) and an existing primary contact (404)', () => {
    const workspace = createTestWorkspace();
    const base = { display_name: 'X', account_id: EXAMPLE.accountId };
    const noAccount = workspace.fail('createOpportunity', { body: { ...base, account_id: testId(50) } });
    expect([noAccount.errorName, noAccount.message]).toEqual(['NotFoundError', `Account ${testId(50)} not found.`]);
    expect(workspace.fail('createOpportunity', { body: { ...base, owner_email: 'ghost@x.com' } }).errorName).toBe('BadRequestError');
    const noContact = workspace.fail('createOpportunity', { body: { ...base, primary_contact_email: 'ghost@acme.com' } });
    expect([noContact.errorName, noContact.message]).toEqual(['NotFoundError', 'Contact with email "ghost@acme.com" not found.']);
    expect(workspace.state.opportunities.size).toBe(5);
    expect(workspace.events).toEqual([]);
  });
});

describe('updateOpportunity', () => {
  const params = { opportunity_id: EXAMPLE.opportunityId };

  it('sets given fields, clears nulls, keeps the rest, and reports only what changed', () => {
    const workspace = createTestWorkspace();
    workspace.advance(10);
    const updated = workspace.call('updateOpportunity', { params, body: { amount: null, next_step_details: 'Call back', display_name: EXAMPLE_OPPORTUNITY.display_name, custom_fields: { stage_owner: 'Priya' } } });
    expect(updated).toEqual({ ...EXAMPLE_OPPORTUNITY, amount: null, next_step_details: 'Call back', custom_fields: { stage_owner: 'Priya' }, updated_at: '2026-12-01T12:00:10.000Z' });
    expect(workspace.events).toEqual([
      {
        type: 'opportunity.updated',
        data: updated,
        changes: {
          amount: { from: 95000, to: null },
          next_step_details: { from: 'Send final proposal and contract for review', to: 'Call back' },
          custom_fields: { from: {}, to: { stage_owner: 'Priya' } },
        },
      },
    ]);
  });

  it('keeps contacts\' opportunity_ids in step when the primary and additional contacts change', () => {
    const workspace = createTestWorkspace();
    workspace.call('updateOpportunity', { params, body: { primary_contact_email: JOHN, additional_contact_emails: ['jane.doe@ACME.com'] } });
    expect(workspace.state.contacts.get(johnId(workspace))?.opportunity_ids).toEqual([EXAMPLE.opportunityId]);
    expect(workspace.state.contacts.get(EXAMPLE.contactId)?.opportunity_ids).toEqual([EXAMPLE.opportunityId]);
    expect(workspace.takeEvents().map((event) => event.type)).toEqual(['opportunity.updated', 'contact.updated']);

    workspace.call('updateOpportunity', { params, body: { primary_contact_email: null, additional_contact_emails: [] } });
    expect(workspace.state.opportunities.get(EXAMPLE.opportunityId)).toMatchObject({ primary_contact_email: null, additional_contact_emails: [] });
    expect(workspace.state.contacts.get(johnId(workspace))?.opportunity_ids).toEqual([]);
    expect(workspace.state.contacts.get(EXAMPLE.contactId)?.opportunity_ids).toEqual([]);
    const events = workspace.takeEvents();
    expect(events.map((event) => event.type)).toEqual(['opportunity.updated', 'contact.updated', 'contact.updated']);
    expect(events[0]?.changes).toEqual({ primary_contact_email: { from: JOHN, to: null }, additional_contact_emails: { from: [EXAMPLE.contactEmail], to: [] } });
  });

  it('moves it to another existing account, and refuses an unknown one', () => {
    const workspace = createTestWorkspace();
    const globex = [...workspace.state.accounts.values()].find((account) => account.name === 'Globex')?.id as string;
    expect(workspace.call('updateOpportunity', { params, body: { account_id: globex } }).account_id).toBe(globex);
    expect(workspace.fail('updateOpportunity', { params, body: { account_id: testId(9) } }).errorName).toBe('NotFoundError');
  });

  it('refuses unknown contacts and owners and leaves the opportunity as it was', () => {
    const workspace = createTestWorkspace();
    expect(workspace.fail('updateOpportunity', { params, body: { amount: 1, additional_contact_emails: ['ghost@acme.com'] } }).message).toBe('Contact with email "ghost@acme.com" not found.');
    expect(workspace.fail('updateOpportunity', { params, body: { amount: 1, owner_email: 'ghost@northwind.com' } }).errorName).toBe('BadRequestError');
    expect(workspace.state.opportunities.get(EXAMPLE.opportunityId)).toEqual(EXAMPLE_OPPORTUNITY);
  });

  it('emits nothing when nothing changes', () => {
    const workspace = createTestWorkspace();
    expect(workspace.call('updateOpportunity', { params, body: { amount: 95000, primary_contact_email: EXAMPLE.contactEmail } })).toEqual(EXAMPLE_OPPORTUNITY);
    expect(workspace.events).toEqual([]);
  });

  it('answers 404 for an unknown opportunity', () => {
    const error = createTestWorkspace().fail('updateOpportunity', { params: { opportunity_id: testId(4) }, body: { amount: 1 } });
    expect([error.errorName, error.message]).toEqual(['NotFoundError', `Opportunity ${testId(4)} not found.`]);
  });
});

describe('getOpportunity', () => {
  it('answers the opportunity, or 404', () => {
    const workspace = createTestWorkspace();
    expect(workspace.call('getOpportunity', { params: { opportunity_id: EXAMPLE.opportunityId } })).toEqual(EXAMPLE_OPPORTUNITY);
    expect(workspace.fail('getOpportunity', { params: { opportunity_id: testId(1) } }).errorName).toBe('NotFoundError');
  });
});

describe('searchOpportunities', () => {
  const names = (workspace: ReturnType<typeof createTestWorkspace>, body: Record<string, unknown>) =>
    workspace.call('searchOpportunities', { body }).map((opportunity) => opportunity.display_name);

  it('answers every opportunity newest first without filters', () => {
    expect(names(createTestWorkspace(), {})).toEqual(['Acme - Annual Plan', 'Stark - Platform', 'Umbrella - Renewal', 'Initech - Expansion', 'Globex - Pilot']);
  });

  it('filters by name substring, account, owner, status and stage, combined with AND', () => {
    const workspace = createTestWorkspace();
    expect(names(workspace, { display_name: 'PLAN' })).toEqual(['Acme - Annual Plan']);
    expect(names(workspace, { account_id: EXAMPLE.accountId })).toEqual(['Acme - Annual Plan']);
    expect(names(workspace, { owner_email: 'PRIYA.SHAH@northwind.com' })).toEqual(['Stark - Platform', 'Globex - Pilot']);
    expect(names(workspace, { status: 'PROSPECT' })).toEqual(['Umbrella - Renewal', 'Globex - Pilot']);
    expect(names(workspace, { stage_name: 'closed won' })).toEqual(['Stark - Platform']);
    expect(names(workspace, { owner_email: 'priya.shah@northwind.com', status: 'DEAL' })).toEqual(['Stark - Platform']);
    expect(names(workspace, { owner_email: 'priya.shah@northwind.com', stage_name: 'Proposal' })).toEqual([]);
  });

  it('pages with limit and offset', () => {
    expect(names(createTestWorkspace(), { limit: 2, offset: 1 })).toEqual(['Stark - Platform', 'Umbrella - Renewal']);
  });
});
