import * as z from 'zod';
import { EXAMPLE } from './examples';
import { createdAt, customFieldsOutput, email, field, nullableText, pagingFields, updatedAt, uuid } from './common';
import { withFieldGroup } from '../../machine/field-groups';
import { defineOperation, type KnownOutput } from './operation';

const tag = 'Contacts';
const BASE = '/api/v1/public/contacts';

export const Contact = z
  .looseObject({
    id: field(uuid(), { title: 'Contact ID', description: 'The UUID of the contact.' }),
    email: field(email(), { title: 'Email', description: "The contact's email address." }),
    first_name: nullableText('First Name', "The contact's first name."),
    middle_name: nullableText('Middle Name', "The contact's middle name."),
    last_name: nullableText('Last Name', "The contact's last name."),
    phone_number: nullableText('Phone Number', "The contact's phone number in E.164 form."),
    title: nullableText('Job Title', "The contact's job title."),
    department: nullableText('Department', "The contact's department."),
    linkedin_url: nullableText('LinkedIn URL', "The contact's LinkedIn profile."),
    facebook_url: nullableText('Facebook URL', "The contact's Facebook profile."),
    zoominfo_url: nullableText('ZoomInfo URL', "The contact's ZoomInfo profile."),
    x_url: nullableText('X URL', "The contact's X (Twitter) profile."),
    owner_email: field(email().nullable(), { title: 'Owner Email', description: 'Email of the Reevo user who owns the contact.', ref: 'user' }),
    account_id: field(uuid().nullable(), { title: 'Account ID', description: 'The account the contact works at.', ref: 'account' }),
    opportunity_ids: field(z.array(uuid()), { title: 'Opportunity IDs', description: 'Opportunities the contact is part of.' }),
    custom_fields: customFieldsOutput(),
    created_at: createdAt(),
    updated_at: updatedAt(),
  })
  .meta({ id: 'Contact', title: 'Contact', description: 'A person in Reevo, usually linked to an account.' });
// @generated:start Contact: the type of the schema above, written by `npm run generate -w @reevo/client`
/** A person in Reevo, usually linked to an account. */
export type Contact = {
  /** The UUID of the contact. */
  id: KnownOutput<typeof Contact>['id'];
  /** The contact's email address. */
  email: KnownOutput<typeof Contact>['email'];
  /** The contact's first name. */
  first_name: KnownOutput<typeof Contact>['first_name'];
  /** The contact's middle name. */
  middle_name: KnownOutput<typeof Contact>['middle_name'];
  /** The contact's last name. */
  last_name: KnownOutput<typeof Contact>['last_name'];
  /** The contact's phone number in E.164 form. */
  phone_number: KnownOutput<typeof Contact>['phone_number'];
  /** The contact's job title. */
  title: KnownOutput<typeof Contact>['title'];
  /** The contact's department. */
  department: KnownOutput<typeof Contact>['department'];
  /** The contact's LinkedIn profile. */
  linkedin_url: KnownOutput<typeof Contact>['linkedin_url'];
  /** The contact's Facebook profile. */
  facebook_url: KnownOutput<typeof Contact>['facebook_url'];
  /** The contact's ZoomInfo profile. */
  zoominfo_url: KnownOutput<typeof Contact>['zoominfo_url'];
  /** The contact's X (Twitter) profile. */
  x_url: KnownOutput<typeof Contact>['x_url'];
  /** Email of the Reevo user who owns the contact. */
  owner_email: KnownOutput<typeof Contact>['owner_email'];
  /** The account the contact works at. */
  account_id: KnownOutput<typeof Contact>['account_id'];
  /** Opportunities the contact is part of. */
  opportunity_ids: KnownOutput<typeof Contact>['opportunity_ids'];
  /** Custom field values keyed by API name. */
  custom_fields: KnownOutput<typeof Contact>['custom_fields'];
  /** When the record was created. */
  created_at: KnownOutput<typeof Contact>['created_at'];
  /** When the record last changed. */
  updated_at: KnownOutput<typeof Contact>['updated_at'];
};
// @generated:end Contact

export const EXAMPLE_CONTACT: Contact = {
  id: EXAMPLE.contactId,
  email: EXAMPLE.contactEmail,
  first_name: 'Jane',
  middle_name: null,
  last_name: 'Doe',
  phone_number: '+14151234567',
  title: 'VP Operations',
  department: 'Operations',
  linkedin_url: 'https://www.linkedin.com/in/janedoe',
  facebook_url: null,
  zoominfo_url: null,
  x_url: null,
  owner_email: EXAMPLE.ownerEmail,
  account_id: EXAMPLE.accountId,
  opportunity_ids: [EXAMPLE.opportunityId],
  custom_fields: {},
  created_at: EXAMPLE.createdAt,
  updated_at: EXAMPLE.updatedAt,
};

export const getContact = defineOperation({
  operationId: 'getContact',
  tag,
  method: 'GET',
  path: `${BASE}/{contact_id}`,
  permissions: ['contacts:read'],
  summary: 'Get Contact',
  description: "Retrieves one contact by its ID, with its owner, custom fields and links to its account and opportunities.",
  source: 'R',
  params: z.strictObject({
    contact_id: field(uuid(), {
      title: 'Contact ID',
      description: 'The UUID of the contact. Find it with Find Contacts, or in the contact URL in Reevo.',
      example: EXAMPLE.contactId,
      ref: 'contact',
    }),
  }),
  response: Contact,
  successStatus: 200,
  emits: [],
  safeToRetry: true,
  examples: [
    {
      name: 'by-id',
      summary: 'Get Jane Doe',
      request: { params: { contact_id: EXAMPLE.contactId } },
      response: { status: 200, body: EXAMPLE_CONTACT },
    },
  ],
});

export const searchContacts = defineOperation({
  operationId: 'searchContacts',
  tag,
  method: 'POST',
  path: `${BASE}/search`,
  permissions: ['contacts:read'],
  summary: 'Find Contacts',
  description: 'Finds contacts by their email, by their owner\'s email, or both (at least one is required), newest first.',
  source: 'R',
  body: withFieldGroup(
    z.strictObject({
      contact_email: field(email().nullable(), { title: 'Contact Email', description: 'The exact email of the contact (case-insensitive).', example: EXAMPLE.contactEmail, source: 'R' }).optional(),
      owner_email: field(email().nullable(), { title: 'Owner Email', description: 'Email of the Reevo user who owns the contacts.', example: EXAMPLE.ownerEmail, ref: 'user', source: 'R' }).optional(),
      ...pagingFields(50),
    }),
    { keys: ['contact_email', 'owner_email'], count: 'at-least-one' },
  ),
  response: z.array(Contact),
  successStatus: 200,
  emits: [],
  safeToRetry: true,
  pagination: { defaultLimit: 50, maxLimit: 200 },
  examples: [
    {
      name: 'by-email',
      summary: 'Find a contact by email',
      request: { body: { contact_email: EXAMPLE.contactEmail } },
      response: { status: 200, body: [EXAMPLE_CONTACT] },
    },
  ],
});

export const contactOperations = {
  get: getContact,
  search: searchContacts,
};
