/**
 * A real n8n 2.8.4 runs workflows of the built Reevo node with `n8n execute --id` against the reference server:
 * the output n8n prints and the server's state must agree.
 */
import { collect } from '@reevo/client';
import { N8n, outputOf } from '../support/n8n';
import { readWorkflow, reevoCredentials, workflowFile, WORKFLOWS } from '../support/n8n-fixtures';
import { startDemoReevo, type DemoReevo } from '../support/reference';

let reevo: DemoReevo;
let n8n: N8n;

beforeAll(async () => {
  reevo = await startDemoReevo();
  n8n = await N8n.create();
  const readOnly = await reevo.workspace.key(['accounts:read', 'contacts:read'], { name: 'E2E read only' });
  await n8n.importCredentials(reevoCredentials(reevo.server.baseUrl, { full: reevo.workspace.fullKey, readOnly }));
  for (const name of [WORKFLOWS.accountsAndContacts, WORKFLOWS.opportunityStage, WORKFLOWS.missingPermission]) await n8n.importWorkflow(workflowFile(name));
});

afterAll(async () => {
  await n8n?.dispose();
  await reevo?.server.close();
});

describe('the Reevo node in a real n8n (n8n execute)', () => {
  it('upserts an account and contact, then finds every contact of the owner with Return All', async () => {
    const result = await n8n.execute(readWorkflow(WORKFLOWS.accountsAndContacts).id);

    const [upserted] = outputOf(result, 'Upsert Contact') as Array<{
      contact: { id: string; email: string };
      account: { id: string; name: string; domain_name: string };
      account_created: boolean;
      contact_created: boolean;
    }>;
    // The example acts on the demo workspace's own Globex and Hank: it updates them, it makes no duplicate.
    expect(upserted).toMatchObject({ contact: { email: 'hank.scorpio@globex.com' }, account: { name: 'Globex', domain_name: 'globex.com' }, account_created: false, contact_created: false });
    const found = outputOf(result, 'Search Contacts') as Array<{ id: string }>;
    expect(result.code).toBe(0);

    const onServer = await collect(reevo.client.contacts.searchAll({ owner_email: 'alex.morgan@northwind.com' }, { pageSize: 2 }));
    expect(found.map((contact) => contact.id).sort()).toEqual(onServer.map((contact) => contact.id).sort());
    expect(found.map((contact) => contact.id)).toContain(upserted!.contact.id);
    const contact = await reevo.client.contacts.get({ contact_id: upserted!.contact.id });
    expect(contact).toMatchObject({ first_name: 'Hank', last_name: 'Scorpio', account_id: upserted!.account.id });
  });

  it('creates an opportunity on a new account and shifts its stage', async () => {
    const result = await n8n.execute(readWorkflow(WORKFLOWS.opportunityStage).id);

    const [account] = outputOf(result, 'Create Account') as Array<{ id: string }>;
    const [created] = outputOf(result, 'Create Opportunity') as Array<{ id: string; account_id: string; stage_name: string }>;
    const [shifted] = outputOf(result, 'Shift Stage') as Array<{ id: string; stage_name: string }>;
    expect(result.code).toBe(0);
    expect(created).toMatchObject({ account_id: account!.id, stage_name: 'Discovery' });
    expect(shifted).toMatchObject({ id: created!.id, stage_name: 'Negotiation' });

    await expect(reevo.client.opportunities.get({ opportunity_id: created!.id })).resolves.toMatchObject({ display_name: 'Hooli - Nucleus Pilot', amount: 12000, stage_name: 'Negotiation' });
  });

  it('fails a call whose key lacks a permission, naming the permission', async () => {
    const result = await n8n.execute(readWorkflow(WORKFLOWS.missingPermission).id);

    expect(result.code).not.toBe(0);
    const run = result.runData?.['Create Account']?.[0];
    expect(run?.error?.message).toMatch(/lacks the Accounts Write permission/);
    expect(result.stdout + result.stderr).toContain('Accounts Write');

    const refused = (await reevo.workspace.journal()).filter((entry) => entry.operationId === 'createAccount' && entry.keyName === 'E2E read only');
    expect(refused.map((entry) => entry.status)).toEqual([403]);
  });
});
