/** The workspace's people and mailboxes: read-only through the API. */
import { catalog } from '@integration-pack/core/reevo/api';
import { sameEmail } from '../rules/lookups';
import { defineHandler } from './define';

export const searchUsers = defineHandler(catalog.users.search, (state, _context, { body }) =>
  [...state.users.values()].filter((user) => sameEmail(user.email, body.email)),
);

export const searchMailboxes = defineHandler(catalog.mailboxes.search, (state, _context, { body }) =>
  [...state.mailboxes.values()].filter((mailbox) => sameEmail(mailbox.owner_user_email, body.owner_user_email)),
);
