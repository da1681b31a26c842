import { EXAMPLE, EXAMPLE_ACCOUNT } from '@integration-pack/core/reevo/api';
import { createTestWorkspace, START_TIME, testId } from './support/workspace';

describe('createAccount', () => {
  it('creates an account with its fields, stamps, a new id, and emits account.created with it', () => {
    const workspace = createTestWorkspace('empty');
    const account = workspace.call('createAccount', {
      body: { name: 'Acme', domain_name: 'acme.com', owner_email: 'ALEX.MORGAN@northwind.com', linkedin_url: 'https://linkedin.com/company/acme', custom_fields: { industry: 'Robotics' } },
    });
    expect(account).toEqual({
      id: testId(1),
      name: 'Acme',
      status: 'ACTIVE',
      domain_name: 'acme.com',
      official_website: null,
      linkedin_url: 'https://linkedin.com/company/acme',
      facebook_url: null,
      zoominfo_url: null,
      x_url: null,
      owner_email: EXAMPLE.ownerEmail,
      custom_fields: { industry: 'Robotics' },
      created_at: START_TIME,
      updated_at: START_TIME,
    });
    expect(workspace.state.accounts.get(account.id)).toEqual(account);
    expect(workspace.events).toEqual([{ type: 'account.created', data: account }]);
  });

  it('takes the domain from the website when no domain is given, without www.', () => {
    const workspace = createTestWorkspace('empty');
    const account = workspace.call('createAccount', { body: { name: 'Globex', official_website: 'https://www.Globex.com/about' } });
    expect(account.domain_name).toBe('globex.com');
    expect(account.official_website).toBe('https://www.Globex.com/about');
  });

  it('refuses an owner who is not a user of the workspace, naming the email and the fix', () => {
    const workspace = createTestWorkspace('empty');
    const error = workspace.fail('createAccount', { body: { name: 'Acme', owner_email: 'stranger@example.com' } });
    expect(error.errorName).toBe('BadRequestError');
    expect(error.message).toBe('owner_email: no user of this workspace has the email "stranger@example.com". Use the email of an existing workspace user (Find User looks one up).');
    expect(error.details).toEqual({ field: 'owner_email', email: 'stranger@example.com' });
    expect(workspace.state.accounts.size).toBe(0);
    expect(workspace.events).toEqual([]);
  });

  it('refuses a domain that is not one', () => {
    const error = createTestWorkspace('empty').fail('createAccount', { body: { name: 'Acme', domain_name: 'not a domain' } });
    expect(error.errorName).toBe('BadRequestError');
    expect(error.message).toMatch(/^domain_name: "not a domain" is not a domain/);
  });
});

describe('updateAccount', () => {
  const acme = { account_id: EXAMPLE.accountId };

  it('changes given fields, keeps omitted ones, clears nulls, and emits only the changed fields', () => {
    const workspace = createTestWorkspace();
    workspace.advance(60);
    const updated = workspace.call('updateAccount', { params: acme, body: { name: 'Acme Corporation', linkedin_url: null, x_url: 'https://x.com/acme', owner_email: 'priya.shah@northwind.com' } });
    expect(updated).toEqual({
      ...EXAMPLE_ACCOUNT,
      name: 'Acme Corporation',
      linkedin_url: null,
      x_url: 'https://x.com/acme',
      owner_email: 'priya.shah@northwind.com',
      updated_at: '2026-12-01T12:01:00.000Z',
    });
    expect(workspace.events).toEqual([
      {
        type: 'account.updated',
        data: updated,
        changes: {
          name: { from: 'Acme', to: 'Acme Corporation' },
          linkedin_url: { from: 'https://www.linkedin.com/company/acme', to: null },
          x_url: { from: null, to: 'https://x.com/acme' },
          owner_email: { from: EXAMPLE.ownerEmail, to: 'priya.shah@northwind.com' },
        },
      },
    ]);
  });

  it('merges custom fields per key, and a null removes its key', () => {
    const workspace = createTestWorkspace();
    workspace.call('updateAccount', { params: acme, body: { custom_fields: { tier: 'Gold' } } });
    const updated = workspace.call('updateAccount', { params: acme, body: { custom_fields: { industry: null, region: ['EMEA', 'NA'] } } });
    expect(updated.custom_fields).toEqual({ tier: 'Gold', region: ['EMEA', 'NA'] });
    expect(workspace.events[1]?.changes).toEqual({
      custom_fields: { from: { industry: 'Manufacturing', tier: 'Gold' }, to: { tier: 'Gold', region: ['EMEA', 'NA'] } },
    });
  });

  it('changes nothing, keeps updated_at and emits no event when every given value is already set', () => {
    const workspace = createTestWorkspace();
    workspace.advance(60);
    const same = workspace.call('updateAccount', { params: acme, body: { name: 'Acme', facebook_url: null, custom_fields: { industry: 'Manufacturing', absent: null } } });
    expect(same).toEqual(EXAMPLE_ACCOUNT);
    expect(workspace.events).toEqual([]);
  });

  it('answers 404 naming the account when it does not exist', () => {
    const error = createTestWorkspace().fail('updateAccount', { params: { account_id: testId(99) }, body: { name: 'X' } });
    expect(error.errorName).toBe('NotFoundError');
    expect(error.message).toBe(`Account ${testId(99)} not found.`);
    expect(error.details).toEqual({ kind: 'account', id: testId(99) });
  });

  it('refuses an unknown owner and leaves the account unchanged', () => {
    const workspace = createTestWorkspace();
    const error = workspace.fail('updateAccount', { params: acme, body: { name: 'New', owner_email: 'nobody@northwind.com' } });
    expect(error.errorName).toBe('BadRequestError');
    expect(workspace.state.accounts.get(EXAMPLE.accountId)).toEqual(EXAMPLE_ACCOUNT);
  });
});

describe('getAccount', () => {
  it('answers the account, or 404', () => {
    const workspace = createTestWorkspace();
    expect(workspace.call('getAccount', { params: { account_id: EXAMPLE.accountId } })).toEqual(EXAMPLE_ACCOUNT);
    expect(workspace.fail('getAccount', { params: { account_id: testId(7) } }).errorName).toBe('NotFoundError');
  });
});

describe('searchAccounts', () => {
  function workspaceWithAccounts() {
    const workspace = createTestWorkspace('empty');
    for (const domain of ['acme.com', 'acme.co.uk', 'globex.com', 'ACME-robotics.io']) {
      workspace.call('createAccount', { body: { name: domain, domain_name: domain } });
      workspace.advance(1);
    }
    workspace.call('createAccount', { body: { name: 'No domain' } });
    return workspace;
  }

  it('matches a case-insensitive substring of the domain, newest first', () => {
    const found = workspaceWithAccounts().call('searchAccounts', { body: { domain_name: 'Acme' } });
    expect(found.map((account) => account.domain_name)).toEqual(['acme-robotics.io', 'acme.co.uk', 'acme.com']);
  });

  it('pages with limit and offset, the default limit being the catalog\'s', () => {
    const workspace = workspaceWithAccounts();
    expect(workspace.call('searchAccounts', { body: { domain_name: 'acme', limit: 2 } }).map((account) => account.domain_name)).toEqual(['acme-robotics.io', 'acme.co.uk']);
    expect(workspace.call('searchAccounts', { body: { domain_name: 'acme', limit: 2, offset: 2 } }).map((account) => account.domain_name)).toEqual(['acme.com']);
    expect(workspace.call('searchAccounts', { body: { domain_name: 'acme', offset: 3 } })).toEqual([]);
  });

  it('orders records created at the same instant by id, descending', () => {
    const workspace = createTestWorkspace('empty');
    workspace.call('createAccount', { body: { name: 'A', domain_name: 'a.example.com' } });
    workspace.call('createAccount', { body: { name: 'B', domain_name: 'b.example.com' } });
    expect(workspace.call('searchAccounts', { body: { domain_name: 'example.com' } }).map((account) => account.id)).toEqual([testId(2), testId(1)]);
  });
});
