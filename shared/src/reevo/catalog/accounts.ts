import * as z from 'zod';
import { EXAMPLE } from './examples';
import {
  createdAt,
  customFieldsInput,
  customFieldsOutput,
  customFieldsPatch,
  email,
  field,
  nullableText,
  pagingFields,
  updatedAt,
  uuid,
} from './common';
import { defineOperation, type KnownOutput } from './operation';

const tag = 'Accounts';
const BASE = '/api/v1/public/accounts';

export const Account = z
  .looseObject({
    id: field(uuid(), { title: 'Account ID', description: 'The UUID of the account.' }),
    name: field(z.string(), { title: 'Name', description: 'The company name.' }),
    status: nullableText('Status', 'The account status in Reevo.'),
    domain_name: nullableText('Domain Name', 'The company domain, without protocol or www.'),
    official_website: nullableText('Website', "The company's website URL."),
    linkedin_url: nullableText('LinkedIn URL', "The company's LinkedIn page."),
    facebook_url: nullableText('Facebook URL', "The company's Facebook page."),
    zoominfo_url: nullableText('ZoomInfo URL', "The company's ZoomInfo profile."),
    x_url: nullableText('X URL', "The company's X (Twitter) profile."),
    owner_email: field(email().nullable(), { title: 'Owner Email', description: 'Email of the Reevo user who owns the account.', ref: 'user' }),
    custom_fields: customFieldsOutput(),
    created_at: createdAt(),
    updated_at: updatedAt(),
  })
  .meta({ id: 'Account', title: 'Account', description: 'A company in Reevo.' });
// @generated:start Account: the type of the schema above, written by `npm run generate -w @reevo/client`
/** A company in Reevo. */
export type Account = {
  /** The UUID of the account. */
  id: KnownOutput<typeof Account>['id'];
  /** The company name. */
  name: KnownOutput<typeof Account>['name'];
  /** The account status in Reevo. */
  status: KnownOutput<typeof Account>['status'];
  /** The company domain, without protocol or www. */
  domain_name: KnownOutput<typeof Account>['domain_name'];
  /** The company's website URL. */
  official_website: KnownOutput<typeof Account>['official_website'];
  /** The company's LinkedIn page. */
  linkedin_url: KnownOutput<typeof Account>['linkedin_url'];
  /** The company's Facebook page. */
  facebook_url: KnownOutput<typeof Account>['facebook_url'];
  /** The company's ZoomInfo profile. */
  zoominfo_url: KnownOutput<typeof Account>['zoominfo_url'];
  /** The company's X (Twitter) profile. */
  x_url: KnownOutput<typeof Account>['x_url'];
  /** Email of the Reevo user who owns the account. */
  owner_email: KnownOutput<typeof Account>['owner_email'];
  /** Custom field values keyed by API name. */
  custom_fields: KnownOutput<typeof Account>['custom_fields'];
  /** When the record was created. */
  created_at: KnownOutput<typeof Account>['created_at'];
  /** When the record last changed. */
  updated_at: KnownOutput<typeof Account>['updated_at'];
};
// @generated:end Account

export const EXAMPLE_ACCOUNT: Account = {
  id: EXAMPLE.accountId,
  name: 'Acme',
  status: 'ACTIVE',
  domain_name: EXAMPLE.domain,
  official_website: 'https://www.acme.com',
  linkedin_url: 'https://www.linkedin.com/company/acme',
  facebook_url: null,
  zoominfo_url: null,
  x_url: null,
  owner_email: EXAMPLE.ownerEmail,
  custom_fields: { industry: 'Manufacturing' },
  created_at: EXAMPLE.createdAt,
  updated_at: EXAMPLE.updatedAt,
};

const socialLinks = {
  linkedin_url: field(z.string(), { title: 'LinkedIn URL', description: "The company's LinkedIn page.", example: 'https://www.linkedin.com/company/acme' }).optional(),
  facebook_url: field(z.string(), { title: 'Facebook URL', description: "The company's Facebook page." }).optional(),
  zoominfo_url: field(z.string(), { title: 'ZoomInfo URL', description: "The company's ZoomInfo profile." }).optional(),
  x_url: field(z.string(), { title: 'X URL', description: "The company's X (Twitter) profile." }).optional(),
};

const ownerEmail = field(email(), {
  title: 'Owner Email',
  description: 'Email of the Reevo user who will own the account. It must belong to a user of your workspace.',
  example: EXAMPLE.ownerEmail,
  ref: 'user',
}).optional();

const officialWebsite = field(z.string(), {
  title: 'Website',
  description: "The company's website URL.",
  example: 'https://www.acme.com',
}).optional();

const accountIdParams = z.strictObject({
  account_id: field(uuid(), {
    title: 'Account ID',
    description: 'The UUID of the account. Find it with Find Accounts by Domain, or in the account URL in Reevo.',
    example: EXAMPLE.accountId,
    ref: 'account',
  }),
});

export const createAccount = defineOperation({
  operationId: 'createAccount',
  tag,
  method: 'POST',
  path: BASE,
  permissions: ['accounts:write'],
  summary: 'Create Account',
  description: 'Creates a new account (company). To create or update an account together with a contact by email, prefer Upsert Account and Contact.',
  source: 'R',
  body: z.strictObject({
    name: field(z.string().min(1), { title: 'Name', description: 'The company name.', example: 'Acme' }),
    owner_email: ownerEmail,
    official_website: officialWebsite,
    domain_name: field(z.string().min(1), { title: 'Domain Name', description: 'The company domain, without protocol or www (e.g. acme.com).', example: EXAMPLE.domain }).optional(),
    ...socialLinks,
    custom_fields: customFieldsInput('account'),
  }),
  response: Account,
  successStatus: 200,
  emits: ['account.created'],
  safeToRetry: false,
  examples: [
    {
      name: 'minimal',
      summary: 'Create an account with a name, domain, owner, links and a custom field',
      request: {
        body: {
          name: EXAMPLE_ACCOUNT.name,
          domain_name: EXAMPLE_ACCOUNT.domain_name,
          owner_email: EXAMPLE_ACCOUNT.owner_email,
          official_website: EXAMPLE_ACCOUNT.official_website,
          linkedin_url: EXAMPLE_ACCOUNT.linkedin_url,
          custom_fields: EXAMPLE_ACCOUNT.custom_fields,
        },
      },
      response: { status: 200, body: EXAMPLE_ACCOUNT },
    },
  ],
});

export const updateAccount = defineOperation({
  operationId: 'updateAccount',
  tag,
  method: 'PATCH',
  path: `${BASE}/{account_id}`,
  permissions: ['accounts:write'],
  summary: 'Update Account',
  description: 'Updates an existing account by its ID. Fields you leave out stay unchanged; custom fields merge per key.',
  source: 'R',
  params: accountIdParams,
  body: z.strictObject({
    name: field(z.string().min(1), { title: 'Name', description: 'The company name.', example: 'Acme Corporation' }).optional(),
    owner_email: ownerEmail,
    official_website: field(z.string().nullable(), { title: 'Website', description: "The company's website URL; null clears it." }).optional(),
    linkedin_url: field(z.string().nullable(), { title: 'LinkedIn URL', description: "The company's LinkedIn page; null clears it." }).optional(),
    facebook_url: field(z.string().nullable(), { title: 'Facebook URL', description: "The company's Facebook page; null clears it." }).optional(),
    zoominfo_url: field(z.string().nullable(), { title: 'ZoomInfo URL', description: "The company's ZoomInfo profile; null clears it." }).optional(),
    x_url: field(z.string().nullable(), { title: 'X URL', description: "The company's X (Twitter) profile; null clears it." }).optional(),
    custom_fields: customFieldsPatch('account'),
  }),
  response: Account,
  successStatus: 200,
  emits: ['account.updated'],
  safeToRetry: false,
  examples: [
    {
      name: 'rename',
      summary: 'Rename an account and set a custom field',
      request: { params: { account_id: EXAMPLE.accountId }, body: { name: 'Acme Corporation', custom_fields: { industry: 'Robotics' } } },
      response: { status: 200, body: { ...EXAMPLE_ACCOUNT, name: 'Acme Corporation', custom_fields: { industry: 'Robotics' } } },
    },
  ],
});

export const getAccount = defineOperation({
  operationId: 'getAccount',
  tag,
  method: 'GET',
  path: `${BASE}/{account_id}`,
  permissions: ['accounts:read'],
  summary: 'Get Account',
  description: 'Retrieves one account by its ID.',
  source: 'R',
  params: accountIdParams,
  response: Account,
  successStatus: 200,
  emits: [],
  safeToRetry: true,
  examples: [
    {
      name: 'by-id',
      summary: 'Get the Acme account',
      request: { params: { account_id: EXAMPLE.accountId } },
      response: { status: 200, body: EXAMPLE_ACCOUNT },
    },
  ],
});

/**
 * Domain text that every domain contains: searching it lists the accounts that have a domain, newest first, the
 * widest list Reevo's account search allows (it requires a domain text). Platforms use it to list accounts.
 */
export const EVERY_DOMAIN = '.';

export const searchAccounts = defineOperation({
  operationId: 'searchAccounts',
  tag,
  method: 'POST',
  path: `${BASE}/search`,
  permissions: ['accounts:read'],
  summary: 'Find Accounts by Domain',
  description: 'Finds accounts whose domain name contains the given text (case-insensitive), newest first.',
  source: 'R',
  body: z.strictObject({
    domain_name: field(z.string().min(1), { title: 'Domain Name', description: 'Text the account domain must contain, e.g. acme.com.', example: EXAMPLE.domain, source: 'R' }),
    ...pagingFields(100),
  }),
  response: z.array(Account),
  successStatus: 200,
  emits: [],
  safeToRetry: true,
  pagination: { defaultLimit: 100, maxLimit: 200 },
  examples: [
    {
      name: 'by-domain',
      summary: 'Find accounts on acme.com',
      request: { body: { domain_name: EXAMPLE.domain } },
      response: { status: 200, body: [EXAMPLE_ACCOUNT] },
    },
  ],
});

export const accountOperations = {
  create: createAccount,
  update: updateAccount,
  get: getAccount,
  search: searchAccounts,
};
