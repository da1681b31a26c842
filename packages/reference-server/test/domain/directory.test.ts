import { EXAMPLE, EXAMPLE_MAILBOX, EXAMPLE_USER } from '@integration-pack/core/reevo/api';
import { createTestWorkspace } from './support/workspace';

describe('searchUsers', () => {
  it('finds the user by exact email, ignoring case, and answers [] otherwise', () => {
    const workspace = createTestWorkspace('empty');
    expect(workspace.call('searchUsers', { body: { email: 'ALEX.MORGAN@northwind.com' } })).toEqual([EXAMPLE_USER]);
    expect(workspace.call('searchUsers', { body: { email: 'morgan@northwind.com' } })).toEqual([]);
  });
});

describe('searchMailboxes', () => {
  it('lists the mailboxes of a user by the owner\'s email, and [] for a user without any', () => {
    const workspace = createTestWorkspace('empty');
    expect(workspace.call('searchMailboxes', { body: { owner_user_email: EXAMPLE.ownerEmail.toUpperCase() } })).toEqual([EXAMPLE_MAILBOX]);
    expect(workspace.call('searchMailboxes', { body: { owner_user_email: 'jordan.blake@northwind.com' } })).toEqual([]);
  });
});
