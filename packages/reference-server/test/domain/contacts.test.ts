import { EXAMPLE, EXAMPLE_CONTACT } from '@integration-pack/core/reevo/api';
import { createTestWorkspace, testId } from './support/workspace';

describe('getContact', () => {
  it('answers the contact, or 404 naming it', () => {
    const workspace = createTestWorkspace();
    expect(workspace.call('getContact', { params: { contact_id: EXAMPLE.contactId } })).toEqual(EXAMPLE_CONTACT);
    const error = workspace.fail('getContact', { params: { contact_id: testId(3) } });
    expect([error.errorName, error.message]).toEqual(['NotFoundError', `Contact ${testId(3)} not found.`]);
  });
});

describe('searchContacts', () => {
  it('matches the email exactly, ignoring case, never as a substring', () => {
    const workspace = createTestWorkspace();
    expect(workspace.call('searchContacts', { body: { contact_email: 'JANE.doe@acme.com' } })).toEqual([EXAMPLE_CONTACT]);
    expect(workspace.call('searchContacts', { body: { contact_email: 'doe@acme.com' } })).toEqual([]);
  });

  it('finds an owner\'s contacts, newest first', () => {
    const found = createTestWorkspace().call('searchContacts', { body: { owner_email: 'Priya.Shah@northwind.com' } });
    expect(found.map((contact) => contact.email)).toEqual(['pepper.potts@starkindustries.com', 'maria.garcia@globex.com', 'hank.scorpio@globex.com']);
  });

  it('combines both filters with AND, and treats a null filter as absent', () => {
    const workspace = createTestWorkspace();
    expect(workspace.call('searchContacts', { body: { contact_email: EXAMPLE.contactEmail, owner_email: 'priya.shah@northwind.com' } })).toEqual([]);
    expect(workspace.call('searchContacts', { body: { contact_email: EXAMPLE.contactEmail, owner_email: EXAMPLE.ownerEmail } })).toEqual([EXAMPLE_CONTACT]);
    expect(workspace.call('searchContacts', { body: { contact_email: null, owner_email: 'sam.lee@northwind.com' } })).toHaveLength(2);
  });

  it('pages with limit and offset', () => {
    const workspace = createTestWorkspace();
    const all = workspace.call('searchContacts', { body: { owner_email: 'priya.shah@northwind.com' } });
    expect(workspace.call('searchContacts', { body: { owner_email: 'priya.shah@northwind.com', limit: 1, offset: 1 } })).toEqual([all[1]]);
  });
});
