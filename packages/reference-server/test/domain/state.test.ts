import { Account, ALL_PERMISSIONS, Contact, Mailbox, Opportunity, parsePermission, User } from '@integration-pack/core/reevo/api';
import type * as z from 'zod';
import { DEMO_API_KEYS, DEMO_WORKSPACE } from '../../../../fixtures/demo-workspace';
import { createWorkspaceState, restoreWorkspaceState, snapshotWorkspaceState } from '../../src/domain/state';
import { createTestWorkspace } from './support/workspace';

function expectApiShape(schema: z.ZodObject, records: readonly object[]) {
  for (const record of records) {
    expect(() => schema.parse(record)).not.toThrow();
    expect(Object.keys(record).sort()).toEqual(Object.keys(schema.shape).sort());
  }
}

describe('the demo fixture', () => {
  const demo = DEMO_WORKSPACE;

  it('stores every record in its exact API shape', () => {
    expectApiShape(User, demo.users);
    expectApiShape(Mailbox, demo.mailboxes);
    expectApiShape(Account, demo.accounts);
    expectApiShape(Contact, demo.contacts);
    expectApiShape(Opportunity, demo.opportunities);
  });

  it('has unique ids across every kind of record', () => {
    const ids = [demo.users, demo.mailboxes, demo.sequences, demo.accounts, demo.contacts, demo.opportunities].flat().map((record) => record.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('lists on each contact exactly the opportunities that name it', () => {
    for (const contact of demo.contacts) {
      const naming = demo.opportunities
        .filter((opportunity) => [opportunity.primary_contact_email, ...opportunity.additional_contact_emails].includes(contact.email))
        .map((opportunity) => opportunity.id);
      expect({ email: contact.email, ids: [...contact.opportunity_ids].sort() }).toEqual({ email: contact.email, ids: naming.sort() });
    }
  });

  it('refers only to users, accounts and stages that exist, with statuses that follow the stage rule', () => {
    const userEmails = demo.users.map((user) => user.email);
    const accountIds = demo.accounts.map((account) => account.id);
    for (const record of [...demo.accounts, ...demo.contacts, ...demo.opportunities]) {
      if (record.owner_email !== null) expect(userEmails).toContain(record.owner_email);
    }
    demo.mailboxes.forEach((mailbox) => expect(userEmails).toContain(mailbox.owner_user_email));
    demo.contacts.forEach((contact) => expect(accountIds).toContain(contact.account_id));
    for (const opportunity of demo.opportunities) {
      expect(accountIds).toContain(opportunity.account_id);
      const pipeline = demo.pipelines.find((candidate) => candidate.name === opportunity.pipeline_name);
      const stageIndex = pipeline?.stages.findIndex((stage) => stage.name === opportunity.stage_name) ?? -1;
      expect(stageIndex).toBeGreaterThanOrEqual(0);
      expect(opportunity.status).toBe(stageIndex === 0 ? 'PROSPECT' : 'DEAL');
    }
  });

  it('has exactly one default pipeline, "Sales", with open, won and lost stages and reasons', () => {
    const defaults = demo.pipelines.filter((pipeline) => pipeline.is_default);
    expect(defaults.map((pipeline) => pipeline.name)).toEqual(['Sales']);
    for (const pipeline of demo.pipelines) {
      expect(new Set(pipeline.stages.map((stage) => stage.kind))).toEqual(new Set(['open', 'closed_won', 'closed_lost']));
      expect(pipeline.won_reasons.length).toBeGreaterThan(0);
      expect(pipeline.lost_reasons.length).toBeGreaterThan(0);
    }
  });

  it('publishes four demo keys: full access, every read level, expired, and none', () => {
    const [full, readOnly, expired, none] = DEMO_API_KEYS;
    expect(new Set(DEMO_API_KEYS.map((key) => key.key)).size).toBe(4);
    DEMO_API_KEYS.forEach((key) => expect(key.key).toMatch(/^rv_demo_[a-z_]+_[0-9a-f]{16}$/));
    expect(full).toMatchObject({ permissions: ALL_PERMISSIONS, expired: false });
    expect(readOnly?.permissions).toEqual(ALL_PERMISSIONS.filter((permission) => parsePermission(permission).level === 'read'));
    expect(readOnly?.permissions).toContain('mailbox:read');
    expect(readOnly?.expired).toBe(false);
    expect(expired?.expired).toBe(true);
    expect(none).toMatchObject({ permissions: [], expired: false });
  });
});

describe('createWorkspaceState', () => {
  it('seeds the demo workspace with every fixture record', () => {
    const state = createWorkspaceState('demo');
    expect(state.accounts.size).toBe(DEMO_WORKSPACE.accounts.length);
    expect(state.contacts.size).toBe(DEMO_WORKSPACE.contacts.length);
    expect(state.opportunities.size).toBe(DEMO_WORKSPACE.opportunities.length);
    expect([...state.pipelines.keys()]).toEqual(['Sales', 'Renewals']);
    expect(state.webhooks.size).toBe(0);
  });

  it('seeds an empty workspace with the setup only: users, mailboxes, pipelines, sequences', () => {
    const state = createWorkspaceState('empty');
    expect(state.users.size).toBe(DEMO_WORKSPACE.users.length);
    expect(state.mailboxes.size).toBe(DEMO_WORKSPACE.mailboxes.length);
    expect(state.pipelines.size).toBe(DEMO_WORKSPACE.pipelines.length);
    expect(state.sequences.size).toBe(DEMO_WORKSPACE.sequences.length);
    expect([state.accounts, state.contacts, state.opportunities, state.tasks, state.activities, state.enrollments].map((map) => map.size)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('gives each workspace its own copy: changing one touches neither another nor the fixture', () => {
    const first = createTestWorkspace('demo');
    const second = createWorkspaceState('demo');
    const acme = DEMO_WORKSPACE.accounts[0] as Account;
    first.call('updateAccount', { params: { account_id: acme.id }, body: { name: 'Changed' } });
    expect(first.state.accounts.get(acme.id)?.name).toBe('Changed');
    expect(second.accounts.get(acme.id)?.name).toBe(acme.name);
    expect(acme.name).toBe('Acme');
  });
});

describe('snapshots', () => {
  it('restore puts the state back in place, and a snapshot can be restored more than once', () => {
    const workspace = createTestWorkspace('empty');
    const stateObject = workspace.state;
    workspace.call('createAccount', { body: { name: 'Before' } });
    const snapshot = snapshotWorkspaceState(workspace.state);
    workspace.call('createAccount', { body: { name: 'After' } });
    expect(workspace.state.accounts.size).toBe(2);

    restoreWorkspaceState(workspace.state, snapshot);
    expect(workspace.state).toBe(stateObject);
    expect([...workspace.state.accounts.values()].map((account) => account.name)).toEqual(['Before']);

    workspace.call('createAccount', { body: { name: 'Again' } });
    restoreWorkspaceState(workspace.state, snapshot);
    expect([...workspace.state.accounts.values()].map((account) => account.name)).toEqual(['Before']);
  });
});
