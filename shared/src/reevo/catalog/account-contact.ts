import * as z from 'zod';
import { Account, EXAMPLE_ACCOUNT } from './accounts';
import { Contact, EXAMPLE_CONTACT } from './contacts';
import { EXAMPLE } from './examples';
import { customFieldsInput, email, field } from './common';
import { withFieldGroup } from '../../machine/field-groups';
import { defineOperation, type KnownOutput } from './operation';

const tag = 'Account & Contact';

const text = (title: string, description: string, example?: string) =>
  field(z.string(), { title, description, ...(example === undefined ? {} : { example }) }).optional();

export const AccountContactUpsertResult = z
  .looseObject({
    account: field(Account.nullable(), { title: 'Account', description: 'The account the contact is linked to, or null when neither a website nor a company was given and the contact has none.' }),
    contact: field(Contact, { title: 'Contact', description: 'The contact, created or updated.' }),
    account_created: field(z.boolean(), { title: 'Account Created', description: 'True when a new account was created.' }),
    contact_created: field(z.boolean(), { title: 'Contact Created', description: 'True when a new contact was created; false when an existing one was updated.' }),
  })
  .meta({ id: 'AccountContactUpsertResult', title: 'Upsert Result', description: 'The account and contact after an upsert.' });
// @generated:start AccountContactUpsertResult: the type of the schema above, written by `npm run generate -w @reevo/client`
/** The account and contact after an upsert. */
export type AccountContactUpsertResult = {
  /** The account the contact is linked to, or null when neither a website nor a company was given and the contact has none. */
  account: Account | null;
  /** The contact, created or updated. */
  contact: Contact;
  /** True when a new account was created. */
  account_created: KnownOutput<typeof AccountContactUpsertResult>['account_created'];
  /** True when a new contact was created; false when an existing one was updated. */
  contact_created: KnownOutput<typeof AccountContactUpsertResult>['contact_created'];
};
// @generated:end AccountContactUpsertResult

export const upsertAccountContact = defineOperation({
  operationId: 'upsertAccountContact',
  tag,
  method: 'POST',
  path: '/api/v1/public/account_contact',
  permissions: ['accounts:write', 'contacts:write'],
  summary: 'Upsert Account and Contact',
  description:
    'Creates or updates a contact by email, together with its account (matched by website domain, else company name). Prefer this over Create Account when you have a person\'s email: it never makes duplicates.',
  source: 'R',
  body: z.strictObject({
    email: field(email(), { title: 'Email', description: "The contact's email. An existing contact with this email is updated; otherwise one is created.", example: EXAMPLE.contactEmail }),
    first_name: text('First Name', "The contact's first name.", 'Jane'),
    last_name: text('Last Name', "The contact's last name.", 'Doe'),
    middle_name: text('Middle Name', "The contact's middle name."),
    phone_number: text('Phone Number', "The contact's phone number, ideally in E.164 form (+14151234567).", '+14151234567'),
    company: text('Company', 'The company name. Used to find or create the account when no website is given.', 'Acme'),
    title: text('Job Title', "The contact's job title.", 'VP Operations'),
    department: text('Department', "The contact's department.", 'Operations'),
    contact_linkedin_url: text('Contact LinkedIn URL', "The contact's LinkedIn profile."),
    contact_facebook_url: text('Contact Facebook URL', "The contact's Facebook profile."),
    contact_zoominfo_url: text('Contact ZoomInfo URL', "The contact's ZoomInfo profile."),
    contact_x_url: text('Contact X URL', "The contact's X (Twitter) profile."),
    contact_owner_email: field(email(), { title: 'Contact Owner Email', description: 'Email of the Reevo user who owns the contact. It must belong to a user of your workspace.', example: EXAMPLE.ownerEmail, ref: 'user' }).optional(),
    account_linkedin_url: text('Account LinkedIn URL', "The company's LinkedIn page."),
    account_facebook_url: text('Account Facebook URL', "The company's Facebook page."),
    account_zoominfo_url: text('Account ZoomInfo URL', "The company's ZoomInfo profile."),
    account_x_url: text('Account X URL', "The company's X (Twitter) profile."),
    account_owner_email: field(email(), { title: 'Account Owner Email', description: 'Email of the Reevo user who owns the account. It must belong to a user of your workspace.', example: EXAMPLE.ownerEmail, ref: 'user' }).optional(),
    account_website: text('Account Website', "The company's website. Its domain is how the account is matched.", 'https://www.acme.com'),
    account_custom_fields: customFieldsInput('account'),
    contact_custom_fields: customFieldsInput('contact'),
  }),
  response: AccountContactUpsertResult,
  successStatus: 200,
  emits: ['account.created', 'account.updated', 'contact.created', 'contact.updated'],
  safeToRetry: false,
  examples: [
    {
      name: 'new-contact-existing-account',
      summary: 'Add Jane to the existing Acme account',
      request: { body: { email: EXAMPLE.contactEmail, first_name: 'Jane', last_name: 'Doe', account_website: 'https://www.acme.com' } },
      response: { status: 200, body: { account: EXAMPLE_ACCOUNT, contact: EXAMPLE_CONTACT, account_created: false, contact_created: true } },
    },
  ],
});

export const AccountAndContacts = z
  .looseObject({
    account: field(Account.nullable(), { title: 'Account', description: 'The account found, or null when the contact has none.' }),
    contacts: field(z.array(Contact), { title: 'Contacts', description: 'The matching contact, or every contact of the account found by domain.' }),
  })
  .meta({ id: 'AccountAndContacts', title: 'Account and Contacts', description: 'An account with its contacts.' });
// @generated:start AccountAndContacts: the type of the schema above, written by `npm run generate -w @reevo/client`
/** An account with its contacts. */
export type AccountAndContacts = {
  /** The account found, or null when the contact has none. */
  account: Account | null;
  /** The matching contact, or every contact of the account found by domain. */
  contacts: Contact[];
};
// @generated:end AccountAndContacts

const LOOKUP_KEYS = ['contact_email', 'contact_phone_number', 'account_domain'] as const;

export const retrieveAccountAndContacts = defineOperation({
  operationId: 'retrieveAccountAndContacts',
  tag,
  method: 'GET',
  path: '/api/v1/public/account_and_contact_retrieval',
  permissions: ['accounts:read', 'contacts:read'],
  summary: 'Find Account and Contacts',
  description:
    'Looks up an account and its contacts by exactly one of: a contact email, a contact phone number, or an account domain. Answers 404 when nothing matches.',
  source: 'R',
  query: withFieldGroup(
    z.strictObject({
      contact_email: field(email(), { title: 'Contact Email', description: 'The email of a contact.', example: EXAMPLE.contactEmail, source: 'R' }).optional(),
      contact_phone_number: field(z.string().min(1), { title: 'Contact Phone Number', description: 'The phone number of a contact, e.g. +14151234567 (matched after normalising to E.164).', example: '+14151234567', source: 'R' }).optional(),
      account_domain: field(z.string().min(1), { title: 'Account Domain', description: 'The domain of an account, e.g. acme.com.', example: EXAMPLE.domain, source: 'T' }).optional(),
    }),
    { keys: LOOKUP_KEYS, count: 'exactly-one' },
  ),
  response: AccountAndContacts,
  successStatus: 200,
  emits: [],
  safeToRetry: true,
  examples: [
    {
      name: 'by-phone',
      summary: 'Find Jane and her account by phone number',
      request: { query: { contact_phone_number: '+14151234567' } },
      response: { status: 200, body: { account: EXAMPLE_ACCOUNT, contacts: [EXAMPLE_CONTACT] } },
    },
  ],
});

export const accountContactOperations = {
  upsert: upsertAccountContact,
  retrieve: retrieveAccountAndContacts,
};
