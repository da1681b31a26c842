/**
 * One happy path per operation, written against the demo workspace (whose records are the catalog's examples).
 * Every answer also passes the catalog's response schema: the client checks it on each call.
 */
import { EXAMPLE, EXAMPLE_ACCOUNT, EXAMPLE_CONTACT, EXAMPLE_MAILBOX, EXAMPLE_OPPORTUNITY, EXAMPLE_USER, type OperationId, type ReevoClient } from '@reevo/client';

export interface ScenarioContext {
  client: ReevoClient;
  /** A loopback URL that may receive webhooks (nothing needs to listen for these scenarios). */
  hookUrl: string;
}

export type Scenario = (context: ScenarioContext) => Promise<void>;

const uniqueEmail = (label: string) => `${label}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.com`;

export const HAPPY_PATHS = {
  upsertAccountContact: async ({ client }) => {
    const email = uniqueEmail('new.person');
    const created = await client.accountContact.upsert({ email, first_name: 'New', account_website: 'https://www.acme.com' });
    expect(created).toMatchObject({ contact_created: true, account_created: false, account: { id: EXAMPLE.accountId } });
    expect(created.contact).toMatchObject({ email, first_name: 'New', account_id: EXAMPLE.accountId });
    const updated = await client.accountContact.upsert({ email: email.toUpperCase(), title: 'CTO' });
    expect(updated).toMatchObject({ contact_created: false, contact: { id: created.contact.id, first_name: 'New', title: 'CTO' } });
  },
  createAccount: async ({ client }) => {
    const account = await client.accounts.create({ name: 'Hooli', domain_name: 'hooli.com', owner_email: EXAMPLE.ownerEmail, custom_fields: { tier: 'Gold' } });
    expect(account).toMatchObject({ name: 'Hooli', domain_name: 'hooli.com', owner_email: EXAMPLE.ownerEmail, custom_fields: { tier: 'Gold' } });
    await expect(client.accounts.get({ account_id: account.id })).resolves.toEqual(account);
  },
  updateAccount: async ({ client }) => {
    const updated = await client.accounts.update({ account_id: EXAMPLE.accountId, name: 'Acme Corporation', custom_fields: { tier: 'Gold' } });
    expect(updated).toMatchObject({ name: 'Acme Corporation', domain_name: EXAMPLE_ACCOUNT.domain_name, custom_fields: { ...EXAMPLE_ACCOUNT.custom_fields, tier: 'Gold' } });
  },
  getAccount: async ({ client }) => {
    await expect(client.accounts.get({ account_id: EXAMPLE.accountId })).resolves.toEqual(EXAMPLE_ACCOUNT);
  },
  searchAccounts: async ({ client }) => {
    const found = await client.accounts.search({ domain_name: 'ACME' });
    expect(found.map((account) => account.id)).toContain(EXAMPLE.accountId);
    await expect(client.accounts.search({ domain_name: 'no-such-domain.example' })).resolves.toEqual([]);
  },
  getContact: async ({ client }) => {
    await expect(client.contacts.get({ contact_id: EXAMPLE.contactId })).resolves.toEqual(EXAMPLE_CONTACT);
  },
  searchContacts: async ({ client }) => {
    await expect(client.contacts.search({ contact_email: 'JANE.DOE@acme.com' })).resolves.toEqual([EXAMPLE_CONTACT]);
    const owned = await client.contacts.search({ owner_email: EXAMPLE.ownerEmail });
    expect(owned.length).toBeGreaterThan(0);
    expect(owned.every((contact) => contact.owner_email === EXAMPLE.ownerEmail)).toBe(true);
  },
  createOpportunity: async ({ client }) => {
    const opportunity = await client.opportunities.create({ display_name: 'Acme - Add-on', account_id: EXAMPLE.accountId, amount: 12000 });
    expect(opportunity).toMatchObject({ display_name: 'Acme - Add-on', account_id: EXAMPLE.accountId, amount: 12000, pipeline_name: 'Sales', stage_name: 'Discovery' });
  },
  updateOpportunity: async ({ client }) => {
    const updated = await client.opportunities.update({ opportunity_id: EXAMPLE.opportunityId, amount: 99000, next_step_details: 'Sign', next_step_due_at: '2026-12-05T10:00:00Z' });
    expect(updated).toMatchObject({ amount: 99000, next_step_details: 'Sign', next_step_due_at: '2026-12-05T10:00:00Z', stage_name: EXAMPLE_OPPORTUNITY.stage_name });
  },
  getOpportunity: async ({ client }) => {
    await expect(client.opportunities.get({ opportunity_id: EXAMPLE.opportunityId })).resolves.toEqual(EXAMPLE_OPPORTUNITY);
  },
  searchOpportunities: async ({ client }) => {
    const found = await client.opportunities.search({ account_id: EXAMPLE.accountId, display_name: 'annual' });
    expect(found.map((opportunity) => opportunity.id)).toEqual([EXAMPLE.opportunityId]);
  },
  shiftOpportunityStage: async ({ client }) => {
    const moved = await client.opportunities.shiftStage({ opportunity_id: EXAMPLE.opportunityId, target_stage_name: 'Proposal' });
    expect(moved.stage_name).toBe('Proposal');
    const won = await client.opportunities.shiftStage({ opportunity_id: EXAMPLE.opportunityId, target_stage_name: 'Closed Won', closed_reason_names: ['Price'] });
    expect(won).toMatchObject({ stage_name: 'Closed Won', closed_reason_names: ['Price'] });
  },
  createTask: async ({ client }) => {
    const task = await client.tasks.create({ title: 'Call Jane', owner_email: EXAMPLE.ownerEmail, account_id: EXAMPLE.accountId, contact_emails: [EXAMPLE.contactEmail] });
    expect(task).toMatchObject({ title: 'Call Jane', status: 'OPEN', priority: 'MEDIUM', type: 'REMINDER', account_id: EXAMPLE.accountId, contact_emails: [EXAMPLE.contactEmail] });
  },
  logManualActivity: async ({ client }) => {
    const activity = await client.activities.log({
      metadata: { activity_time: '2026-11-22T15:30:00Z', subject: 'Texted Jane', description: 'Confirmed the demo.', category: 'TEXT' },
      account_id: EXAMPLE.accountId,
      contact_ids: [EXAMPLE.contactId],
      pipeline_id: EXAMPLE.opportunityId,
    });
    expect(activity).toMatchObject({ metadata: { subject: 'Texted Jane', category: 'TEXT' }, contact_ids: [EXAMPLE.contactId], pipeline_id: EXAMPLE.opportunityId });
  },
  searchUsers: async ({ client }) => {
    await expect(client.users.search({ email: EXAMPLE.ownerEmail.toUpperCase() })).resolves.toEqual([EXAMPLE_USER]);
    await expect(client.users.search({ email: 'nobody@example.com' })).resolves.toEqual([]);
  },
  searchMailboxes: async ({ client }) => {
    await expect(client.mailboxes.search({ owner_user_email: EXAMPLE.ownerEmail })).resolves.toEqual([EXAMPLE_MAILBOX]);
  },
  enrollInSequence: async ({ client }) => {
    const { contact } = await client.accountContact.upsert({ email: uniqueEmail('lead'), contact_owner_email: EXAMPLE.ownerEmail });
    const enrollment = await client.sequenceEnrollments.enroll({ contact_email: contact.email, sequence_id: EXAMPLE.sequenceId });
    expect(enrollment).toMatchObject({ contact_id: contact.id, contact_email: contact.email, sequence_id: EXAMPLE.sequenceId, mailbox_email: EXAMPLE_MAILBOX.email });
  },
  retrieveAccountAndContacts: async ({ client }) => {
    const byPhone = await client.accountContact.retrieve({ contact_phone_number: EXAMPLE_CONTACT.phone_number! });
    expect(byPhone).toEqual({ account: EXAMPLE_ACCOUNT, contacts: [EXAMPLE_CONTACT] });
    const byDomain = await client.accountContact.retrieve({ account_domain: 'acme.com' });
    expect(byDomain.account?.id).toBe(EXAMPLE.accountId);
    expect(byDomain.contacts.map((contact) => contact.id)).toContain(EXAMPLE.contactId);
  },
  createWebhook: async ({ client, hookUrl }) => {
    const created = await client.webhooks.create({ url: hookUrl, events: ['contact.created'], description: 'conformance' });
    expect(created).toMatchObject({ url: hookUrl, events: ['contact.created'], status: 'active', description: 'conformance' });
    expect(created.secret).toMatch(/^whsec_/);
  },
  listWebhooks: async ({ client, hookUrl }) => {
    const created = await client.webhooks.create({ url: hookUrl, events: ['account.created'] });
    const listed = await client.webhooks.list();
    expect(listed.map((subscription) => subscription.id)).toContain(created.id);
    expect(listed.every((subscription) => !('secret' in subscription))).toBe(true);
  },
  getWebhook: async ({ client, hookUrl }) => {
    const { secret, ...created } = await client.webhooks.create({ url: hookUrl, events: ['task.created'] });
    expect(secret).toBeTruthy();
    const fetched = await client.webhooks.get({ webhook_id: created.id });
    expect(fetched).toEqual(created);
    expect(fetched).not.toHaveProperty('secret');
  },
  deleteWebhook: async ({ client, hookUrl }) => {
    const created = await client.webhooks.create({ url: hookUrl, events: ['task.created'] });
    await expect(client.webhooks.delete({ webhook_id: created.id })).resolves.toBeUndefined();
    await expect(client.webhooks.get({ webhook_id: created.id })).rejects.toMatchObject({ name: 'ReevoNotFoundError' });
  },
} satisfies Record<OperationId, Scenario>;
