import * as z from 'zod';
import { EXAMPLE } from './examples';
import { createdAt, email, field, nullableText, uuid } from './common';
import { defineOperation, type KnownOutput } from './operation';

export const User = z
  .looseObject({
    id: field(uuid(), { title: 'User ID', description: 'The UUID of the user.' }),
    email: field(email(), { title: 'Email', description: "The user's email." }),
    first_name: nullableText('First Name', "The user's first name."),
    last_name: nullableText('Last Name', "The user's last name."),
    created_at: createdAt(),
  })
  .meta({ id: 'User', title: 'User', description: 'A member of the Reevo workspace.' });
// @generated:start User: the type of the schema above, written by `npm run generate -w @reevo/client`
/** A member of the Reevo workspace. */
export type User = {
  /** The UUID of the user. */
  id: KnownOutput<typeof User>['id'];
  /** The user's email. */
  email: KnownOutput<typeof User>['email'];
  /** The user's first name. */
  first_name: KnownOutput<typeof User>['first_name'];
  /** The user's last name. */
  last_name: KnownOutput<typeof User>['last_name'];
  /** When the record was created. */
  created_at: KnownOutput<typeof User>['created_at'];
};
// @generated:end User

export const EXAMPLE_USER: User = {
  id: EXAMPLE.userId,
  email: EXAMPLE.ownerEmail,
  first_name: 'Alex',
  last_name: 'Morgan',
  created_at: '2026-01-05T09:00:00Z',
};

export const searchUsers = defineOperation({
  operationId: 'searchUsers',
  tag: 'Users',
  method: 'POST',
  path: '/api/v1/public/users/search',
  permissions: ['users:read'],
  summary: 'Find User',
  description: 'Finds the workspace user with the given email (exact, case-insensitive). Answers an empty list when there is none.',
  source: 'T',
  body: z.strictObject({
    email: field(email(), { title: 'Email', description: "The user's email.", example: EXAMPLE.ownerEmail, ref: 'user' }),
  }),
  response: z.array(User),
  successStatus: 200,
  emits: [],
  safeToRetry: true,
  examples: [
    {
      name: 'by-email',
      summary: 'Find Alex by email',
      request: { body: { email: EXAMPLE.ownerEmail } },
      response: { status: 200, body: [EXAMPLE_USER] },
    },
  ],
});

export const userOperations = { search: searchUsers };
