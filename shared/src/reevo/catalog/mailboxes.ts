import * as z from 'zod';
import { EXAMPLE } from './examples';
import { email, field, uuid } from './common';
import { defineOperation, type KnownOutput } from './operation';

export const Mailbox = z
  .looseObject({
    id: field(uuid(), { title: 'Mailbox ID', description: 'The UUID of the mailbox.' }),
    email: field(email(), { title: 'Email', description: 'The address sequences send from.' }),
    owner_user_email: field(email(), { title: 'Owner Email', description: 'Email of the Reevo user the mailbox belongs to.', ref: 'user' }),
    status: field(z.string(), { title: 'Status', description: 'Whether the mailbox can send, e.g. ACTIVE.' }),
    daily_send_limit: field(z.int().nullable(), { title: 'Daily Send Limit', description: 'How many emails it may send a day.' }),
  })
  .meta({ id: 'Mailbox', title: 'Mailbox', description: 'A connected email account that sequences send from.' });
// @generated:start Mailbox: the type of the schema above, written by `npm run generate -w @reevo/client`
/** A connected email account that sequences send from. */
export type Mailbox = {
  /** The UUID of the mailbox. */
  id: KnownOutput<typeof Mailbox>['id'];
  /** The address sequences send from. */
  email: KnownOutput<typeof Mailbox>['email'];
  /** Email of the Reevo user the mailbox belongs to. */
  owner_user_email: KnownOutput<typeof Mailbox>['owner_user_email'];
  /** Whether the mailbox can send, e.g. ACTIVE. */
  status: KnownOutput<typeof Mailbox>['status'];
  /** How many emails it may send a day. */
  daily_send_limit: KnownOutput<typeof Mailbox>['daily_send_limit'];
};
// @generated:end Mailbox

export const EXAMPLE_MAILBOX: Mailbox = {
  id: EXAMPLE.mailboxId,
  email: 'alex@mail.northwind.com',
  owner_user_email: EXAMPLE.ownerEmail,
  status: 'ACTIVE',
  daily_send_limit: 200,
};

export const searchMailboxes = defineOperation({
  operationId: 'searchMailboxes',
  tag: 'Mailboxes',
  method: 'POST',
  path: '/api/v1/public/mailboxes/search',
  permissions: ['mailbox:read'],
  summary: 'Find Mailboxes',
  description: 'Lists the mailboxes that belong to a workspace user, found by the user\'s email.',
  source: 'T',
  body: z.strictObject({
    owner_user_email: field(email(), { title: 'Owner Email', description: 'Email of the Reevo user whose mailboxes to list.', example: EXAMPLE.ownerEmail, ref: 'user' }),
  }),
  response: z.array(Mailbox),
  successStatus: 200,
  emits: [],
  safeToRetry: true,
  examples: [
    {
      name: 'by-owner',
      summary: "List Alex's mailboxes",
      request: { body: { owner_user_email: EXAMPLE.ownerEmail } },
      response: { status: 200, body: [EXAMPLE_MAILBOX] },
    },
  ],
});

export const mailboxOperations = { search: searchMailboxes };
