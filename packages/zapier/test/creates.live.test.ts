/** Every create, run by Zapier's appTester against the reference server, with input as a Zap sends it (text). */
import { liveResultProblems } from '../../../test-support/zapier-app-checks';
import { CREATE_KEYS } from '../src/keys';
import { DEMO } from './helpers/demo';
import { App } from './helpers/definitions';
import { performOf, useReferenceServer } from './helpers/live';

const cases: [key: string, inputData: Record<string, unknown>, expected: Record<string, unknown>][] = [
  [
    CREATE_KEYS.createOrUpdateContact,
    { email: 'new.person@zapco.example', first_name: 'New', last_name: 'Person', company: 'Zap Co', account_website: 'https://www.zapco.example', contact_custom_fields: { favourite_colour: 'teal' } },
    { email: 'new.person@zapco.example', first_name: 'New', contact_created: true, account_created: true, account: expect.objectContaining({ domain_name: 'zapco.example' }), custom_fields: { favourite_colour: 'teal' } },
  ],
  [CREATE_KEYS.createAccount, { name: 'Zap Co', domain_name: 'zapco.example', owner_email: DEMO.ownerEmail, custom_fields: { industry: 'Software' } }, { name: 'Zap Co', owner_email: DEMO.ownerEmail, custom_fields: { industry: 'Software' } }],
  [CREATE_KEYS.updateAccount, { account_id: DEMO.accountId, name: 'Acme Corporation', official_website: '' }, { id: DEMO.accountId, name: 'Acme Corporation', official_website: 'https://www.acme.com' }],
  [CREATE_KEYS.createOpportunity, { display_name: 'Acme - Zap Deal', account_id: DEMO.accountId, amount: '1200.50', pipeline_name: 'Sales' }, { display_name: 'Acme - Zap Deal', amount: 1200.5, stage_name: 'Discovery' }],
  [
    CREATE_KEYS.updateOpportunity,
    { opportunity_id: DEMO.opportunityId, next_step_details: 'Call Jane', next_step_due_at: '2026-12-01T10:00:00+00:00', additional_contact_emails: 'john.smith@acme.com' },
    { id: DEMO.opportunityId, next_step_details: 'Call Jane', additional_contact_emails: ['john.smith@acme.com'] },
  ],
  [CREATE_KEYS.changeOpportunityStage, { opportunity_id: DEMO.opportunityId, target_stage_name: 'Closed Won', closed_reason_names: ['Price'] }, { stage_name: 'Closed Won', closed_reason_names: ['Price'] }],
  [
    CREATE_KEYS.createTask,
    { title: 'Call Jane', owner_email: DEMO.ownerEmail, priority: 'HIGH', contact_emails: [DEMO.contactEmail], opportunity_name: DEMO.opportunityName, due_at: '2026-11-30T17:00:00Z' },
    { title: 'Call Jane', priority: 'HIGH', status: 'OPEN', type: 'REMINDER', contact_emails: [DEMO.contactEmail], opportunity_id: DEMO.opportunityId },
  ],
  [
    CREATE_KEYS.logActivity,
    { metadata__activity_time: '2026-11-22T15:30:00Z', metadata__subject: 'Called Jane', metadata__description: 'Agreed on a demo.', metadata__category: 'CALL', account_id: DEMO.accountId, contact_ids: [DEMO.contactId], pipeline_id: DEMO.opportunityId },
    { metadata: expect.objectContaining({ subject: 'Called Jane', category: 'CALL' }), account_id: DEMO.accountId, contact_ids: [DEMO.contactId], pipeline_id: DEMO.opportunityId },
  ],
  [CREATE_KEYS.addContactToSequence, { contact_email: DEMO.unenrolledContactEmail, sequence_id: DEMO.sequenceId }, { contact_email: DEMO.unenrolledContactEmail, sequence_id: DEMO.sequenceId }],
];

describe('creates against the reference server', () => {
  const live = useReferenceServer();

  it('tests every create', () => expect(cases.map(([key]) => key).sort()).toEqual(Object.keys(App.creates ?? {}).sort()));

  it.each(cases)('%s returns the created or changed object, as its static sample and output fields say (Zapier checks T004, T005)', async (key, inputData, expected) => {
    const workspace = await live.demoWorkspace();
    const result = await live.run(performOf<Record<string, unknown>>(App.creates![key]!), workspace.fullKey, { inputData });
    expect(result).toMatchObject({ id: expect.any(String), ...expected });
    expect(liveResultProblems(result, App.creates![key]!)).toEqual([]);
  });
});
