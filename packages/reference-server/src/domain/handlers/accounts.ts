import { catalog, type Account } from '@integration-pack/core/reevo/api';
import { badRequest } from '../rules/errors';
import { normaliseDomain, requireAccount, requireUserEmail } from '../rules/lookups';
import { newAccount } from '../rules/new-account';
import { commitCreate, commitUpdate, mergeCustomFields, patchFields } from '../rules/records';
import { containsText, newestFirst, page } from '../rules/search';
import { defineHandler } from './define';

const operations = catalog.accounts;

/** The plain fields a PATCH sets as given, read from the catalog's body (custom fields merge instead). */
const PATCHED_FIELDS = Object.keys(operations.update.body.shape).filter((field) => field !== 'custom_fields') as (keyof Account & string)[];

export const createAccount = defineHandler(operations.create, (state, context, { body }) => {
  const ownerEmail = body.owner_email === undefined ? null : requireUserEmail(state, body.owner_email, 'owner_email');
  const domain = body.domain_name === undefined ? undefined : normaliseDomain(body.domain_name);
  if (domain === null) {
    throw badRequest(`domain_name: "${body.domain_name}" is not a domain. Give the company's domain, e.g. acme.com.`, { field: 'domain_name' });
  }
  const account = newAccount(context, {
    name: body.name,
    // Without a domain, the website's host stands in, so the account can still be found by domain.
    domain_name: domain ?? (body.official_website === undefined ? null : normaliseDomain(body.official_website)),
    official_website: body.official_website,
    linkedin_url: body.linkedin_url,
    facebook_url: body.facebook_url,
    zoominfo_url: body.zoominfo_url,
    x_url: body.x_url,
    owner_email: ownerEmail,
    custom_fields: body.custom_fields,
  });
  return commitCreate(state.accounts, context, account, 'account.created');
});

export const updateAccount = defineHandler(operations.update, (state, context, { params, body }) => {
  const before = requireAccount(state, params.account_id);
  const ownerEmail = body.owner_email === undefined ? undefined : requireUserEmail(state, body.owner_email, 'owner_email');
  const after: Account = {
    ...patchFields(before, { ...body, owner_email: ownerEmail }, PATCHED_FIELDS),
    custom_fields: mergeCustomFields(before.custom_fields, body.custom_fields),
  };
  return commitUpdate(state.accounts, context, before, after, ['account.updated']).record;
});

export const getAccount = defineHandler(operations.get, (state, _context, { params }) => requireAccount(state, params.account_id));

export const searchAccounts = defineHandler(operations.search, (state, _context, { body }) =>
  page(
    newestFirst(state.accounts.values()).filter((account) => containsText(account.domain_name, body.domain_name)),
    body,
  ),
);
