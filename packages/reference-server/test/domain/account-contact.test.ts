import { EXAMPLE, EXAMPLE_ACCOUNT, EXAMPLE_CONTACT } from '@integration-pack/core/reevo/api';
import { createTestWorkspace, START_TIME, testId } from './support/workspace';

describe('upsertAccountContact', () => {
  it('creates a contact linked to the account its website domain matches, ignoring www. and case', () => {
    const workspace = createTestWorkspace();
    const result = workspace.call('upsertAccountContact', {
      body: { email: 'new.person@acme.com', first_name: 'New', last_name: 'Person', account_website: 'http://WWW.Acme.com/contact', contact_owner_email: EXAMPLE.ownerEmail },
    });
    expect(result.account_created).toBe(false);
    expect(result.contact_created).toBe(true);
    expect(result.account?.id).toBe(EXAMPLE.accountId);
    expect(result.contact).toMatchObject({ id: testId(1), email: 'new.person@acme.com', first_name: 'New', last_name: 'Person', owner_email: EXAMPLE.ownerEmail, account_id: EXAMPLE.accountId, opportunity_ids: [], created_at: START_TIME });
    // The website overwrites the account's, so the account changed too.
    expect(workspace.events.map((event) => event.type)).toEqual(['account.updated', 'contact.created']);
    expect(workspace.events[0]?.changes).toEqual({ official_website: { from: 'https://www.acme.com', to: 'http://WWW.Acme.com/contact' } });
    expect(workspace.events[1]).toEqual({ type: 'contact.created', data: result.contact });
  });

  it('emits no account event when the matched account does not change', () => {
    const workspace = createTestWorkspace();
    const result = workspace.call('upsertAccountContact', { body: { email: 'other@acme.com', account_website: 'https://www.acme.com' } });
    expect(result.account).toEqual(EXAMPLE_ACCOUNT);
    expect(workspace.events.map((event) => event.type)).toEqual(['contact.created']);
  });

  it('updates the existing contact matched by email (case-insensitive): given fields overwrite, custom fields merge', () => {
    const workspace = createTestWorkspace();
    workspace.advance(30);
    const result = workspace.call('upsertAccountContact', {
      body: { email: 'JANE.DOE@acme.com', title: 'COO', phone_number: '(415) 123-4568', contact_custom_fields: { nickname: 'JD' } },
    });
    expect(result.contact_created).toBe(false);
    expect(result.contact).toEqual({
      ...EXAMPLE_CONTACT,
      title: 'COO',
      phone_number: '+14151234568',
      custom_fields: { nickname: 'JD' },
      updated_at: '2026-12-01T12:00:30.000Z',
    });
    // No website or company: the contact keeps its account, which does not change.
    expect(result.account).toEqual(EXAMPLE_ACCOUNT);
    expect(result.account_created).toBe(false);
    expect(workspace.events).toEqual([
      {
        type: 'contact.updated',
        data: result.contact,
        changes: {
          title: { from: 'VP Operations', to: 'COO' },
          phone_number: { from: '+14151234567', to: '+14151234568' },
          custom_fields: { from: {}, to: { nickname: 'JD' } },
        },
      },
    ]);
  });

  it('matches the account by company name, case-insensitively, when no website is given', () => {
    const workspace = createTestWorkspace();
    const result = workspace.call('upsertAccountContact', { body: { email: 'x@globex.example', company: 'GLOBEX' } });
    expect(result.account?.name).toBe('Globex');
    expect(result.account_created).toBe(false);
  });

  it('creates the account from the website when nothing matches: domain without www., name from the company', () => {
    const workspace = createTestWorkspace('empty');
    const result = workspace.call('upsertAccountContact', {
      body: { email: 'ceo@initrode.com', company: 'Initrode', account_website: 'https://www.initrode.com', account_linkedin_url: 'https://linkedin.com/company/initrode', account_owner_email: 'sam.lee@northwind.com', account_custom_fields: { tier: 'B' } },
    });
    expect(result.account).toEqual({
      id: testId(1),
      name: 'Initrode',
      status: 'ACTIVE',
      domain_name: 'initrode.com',
      official_website: 'https://www.initrode.com',
      linkedin_url: 'https://linkedin.com/company/initrode',
      facebook_url: null,
      zoominfo_url: null,
      x_url: null,
      owner_email: 'sam.lee@northwind.com',
      custom_fields: { tier: 'B' },
      created_at: START_TIME,
      updated_at: START_TIME,
    });
    expect(result).toMatchObject({ account_created: true, contact_created: true, contact: { id: testId(2), account_id: testId(1) } });
    expect(workspace.events.map((event) => event.type)).toEqual(['account.created', 'contact.created']);
  });

  it('names a new account after its domain when only a website is given, and after the company when only that is given', () => {
    const workspace = createTestWorkspace('empty');
    expect(workspace.call('upsertAccountContact', { body: { email: 'a@hooli.com', account_website: 'hooli.com' } }).account).toMatchObject({ name: 'hooli.com', domain_name: 'hooli.com', official_website: 'hooli.com' });
    expect(workspace.call('upsertAccountContact', { body: { email: 'b@piedpiper.com', company: 'Pied Piper' } }).account).toMatchObject({ name: 'Pied Piper', domain_name: null, official_website: null });
  });

  it('fills in a matched account\'s missing domain from the website, and moves the contact to the matched account', () => {
    const workspace = createTestWorkspace('empty');
    workspace.call('upsertAccountContact', { body: { email: 'b@piedpiper.com', company: 'Pied Piper' } });
    workspace.call('upsertAccountContact', { body: { email: 'c@elsewhere.com', company: 'Elsewhere' } });
    const moved = workspace.call('upsertAccountContact', { body: { email: 'c@elsewhere.com', company: 'pied piper', account_website: 'https://piedpiper.com' } });
    expect(moved.account).toMatchObject({ id: testId(1), domain_name: 'piedpiper.com' });
    expect(moved.contact.account_id).toBe(testId(1));
    expect(workspace.takeEvents().slice(-2).map((event) => [event.type, event.changes && Object.keys(event.changes)])).toEqual([
      ['account.updated', ['domain_name', 'official_website']],
      ['contact.updated', ['account_id']],
    ]);
  });

  it('creates a contact with no account when neither website nor company is given', () => {
    const result = createTestWorkspace('empty').call('upsertAccountContact', { body: { email: 'solo@example.com' } });
    expect(result).toMatchObject({ account: null, account_created: false, contact_created: true, contact: { account_id: null } });
  });

  it('refuses account fields when there is no account to put them on', () => {
    const workspace = createTestWorkspace('empty');
    const error = workspace.fail('upsertAccountContact', { body: { email: 'solo@example.com', account_x_url: 'https://x.com/solo', account_custom_fields: { a: 'b' } } });
    expect(error.errorName).toBe('BadRequestError');
    expect(error.message).toBe('account_x_url, account_custom_fields: there is no account to set them on. Give account_website or company so the account can be found or created.');
    expect(workspace.state.contacts.size).toBe(0);
  });

  it('refuses unknown owners before changing anything', () => {
    const workspace = createTestWorkspace('empty');
    for (const field of ['contact_owner_email', 'account_owner_email']) {
      const error = workspace.fail('upsertAccountContact', { body: { email: 'x@acme.com', company: 'Acme', [field]: 'ghost@northwind.com' } });
      expect(error.errorName).toBe('BadRequestError');
      expect(error.message).toMatch(new RegExp(`^${field}: no user of this workspace has the email "ghost@northwind.com"`));
    }
    expect(workspace.state.accounts.size + workspace.state.contacts.size).toBe(0);
    expect(workspace.events).toEqual([]);
  });

  it('refuses a website it cannot read a domain from', () => {
    const error = createTestWorkspace('empty').fail('upsertAccountContact', { body: { email: 'x@acme.com', account_website: 'http://' } });
    expect(error.message).toMatch(/^account_website: "http:\/\/" is not a website/);
  });

  it('changes nothing and emits nothing when the upsert repeats what is stored', () => {
    const workspace = createTestWorkspace();
    const result = workspace.call('upsertAccountContact', { body: { email: EXAMPLE.contactEmail, first_name: 'Jane', account_website: 'https://www.acme.com' } });
    expect(result).toEqual({ account: EXAMPLE_ACCOUNT, contact: EXAMPLE_CONTACT, account_created: false, contact_created: false });
    expect(workspace.events).toEqual([]);
  });
});

describe('retrieveAccountAndContacts', () => {
  it('finds a contact by email, with its account', () => {
    const found = createTestWorkspace().call('retrieveAccountAndContacts', { query: { contact_email: 'Jane.Doe@ACME.com' } });
    expect(found).toEqual({ account: EXAMPLE_ACCOUNT, contacts: [EXAMPLE_CONTACT] });
  });

  it('finds a contact by phone, normalising both sides to E.164', () => {
    const workspace = createTestWorkspace();
    for (const phone of ['+14151234567', '+1 (415) 123-4567', ' 14151234567', '4151234567', '0014151234567']) {
      expect(workspace.call('retrieveAccountAndContacts', { query: { contact_phone_number: phone } }).contacts.map((contact) => contact.id)).toEqual([EXAMPLE.contactId]);
    }
  });

  it('answers the newest contact when several share a phone number', () => {
    const workspace = createTestWorkspace();
    workspace.advance(5);
    workspace.call('upsertAccountContact', { body: { email: 'twin@acme.com', phone_number: '415-123-4567' } });
    expect(workspace.call('retrieveAccountAndContacts', { query: { contact_phone_number: '+14151234567' } }).contacts.map((contact) => contact.email)).toEqual(['twin@acme.com']);
  });

  it('finds an account by domain with all its contacts, newest first', () => {
    const found = createTestWorkspace().call('retrieveAccountAndContacts', { query: { account_domain: 'www.ACME.com' } });
    expect(found.account).toEqual(EXAMPLE_ACCOUNT);
    expect(found.contacts.map((contact) => contact.email)).toEqual([EXAMPLE.contactEmail, 'john.smith@acme.com']);
  });

  it('answers a contact without account with account null', () => {
    const workspace = createTestWorkspace('empty');
    workspace.call('upsertAccountContact', { body: { email: 'solo@example.com' } });
    expect(workspace.call('retrieveAccountAndContacts', { query: { contact_email: 'solo@example.com' } }).account).toBeNull();
  });

  it('answers 404 naming what was looked for when nothing matches', () => {
    const workspace = createTestWorkspace();
    const misses = [
      [{ contact_email: 'nobody@acme.com' }, 'Contact with email "nobody@acme.com" not found.'],
      [{ contact_phone_number: '+19999999999' }, 'Contact with phone number "+19999999999" not found.'],
      [{ contact_phone_number: 'not a phone' }, 'Contact with phone number "not a phone" not found.'],
      [{ account_domain: 'nowhere.com' }, 'Account with domain "nowhere.com" not found.'],
    ] as const;
    for (const [query, message] of misses) {
      const error = workspace.fail('retrieveAccountAndContacts', { query });
      expect([error.errorName, error.message]).toEqual(['NotFoundError', message]);
    }
  });
});
