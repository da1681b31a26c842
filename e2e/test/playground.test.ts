/**
 * What a newcomer meets in `npm run playground` (the playground itself runs n8n and waits for Ctrl-C; this checks its
 * words and its examples): every demo key printed, example workflows named for users, and examples that act on the
 * demo workspace's own records.
 */
import { DEMO_API_KEYS, DEMO_WORKSPACE } from '../../fixtures/demo-workspace';
import { readWorkflow, WORKFLOWS } from '../support/n8n-fixtures';
import { playgroundBanner } from '../support/playground-banner';

const examples = Object.values(WORKFLOWS).map(readWorkflow);

describe('the playground', () => {
  it('prints every demo key with what it is for', () => {
    const full = DEMO_API_KEYS[0]!;
    const banner = playgroundBanner({
      n8nUrl: 'http://127.0.0.1:5678',
      owner: { email: 'owner@playground.example', password: 'secret' },
      reevoUrl: 'http://127.0.0.1:4010',
      credential: { name: 'Reevo (demo, full access)', key: full },
      keys: DEMO_API_KEYS,
      triggerWorkflow: readWorkflow(WORKFLOWS.accountTrigger).name,
    });
    for (const key of DEMO_API_KEYS) {
      expect(banner).toContain(key.key);
      expect(banner).toContain(key.description);
    }
    expect(banner).toContain(`    ${readWorkflow(WORKFLOWS.accountTrigger).name}\n`);
    expect(banner).not.toMatch(/E2E/);
  });

  it('names the example workflows for users, not for the test suite', () => {
    for (const workflow of examples) expect(workflow.name).toMatch(/^Reevo example: /);
  });

  it("upserts the demo account's own contact by its own website, so the example updates, not duplicates", () => {
    const upsert = readWorkflow(WORKFLOWS.accountsAndContacts).nodes.find((node) => node.parameters.operation === 'upsert')!;
    const fields = upsert.parameters.additionalFields as { account_website: string; company: string };
    const account = DEMO_WORKSPACE.accounts.find((candidate) => candidate.name === fields.company);
    expect(account?.domain_name).toBe(new URL(fields.account_website).hostname.replace(/^www\./, ''));
    expect(DEMO_WORKSPACE.contacts.map((contact) => contact.email)).toContain(upsert.parameters.email);
  });

  it('creates, in its create example, an account the demo workspace does not have yet', () => {
    const create = readWorkflow(WORKFLOWS.opportunityStage).nodes.find((node) => node.parameters.resource === 'account')!;
    const domain = (create.parameters.additionalFields as { domain_name: string }).domain_name;
    expect(DEMO_WORKSPACE.accounts.map((account) => account.name)).not.toContain(create.parameters.name);
    expect(DEMO_WORKSPACE.accounts.map((account) => account.domain_name)).not.toContain(domain);
  });
});
