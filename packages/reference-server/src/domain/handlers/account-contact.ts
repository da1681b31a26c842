import { catalog, type Account, type Contact } from '@integration-pack/core/reevo/api';
import type { DomainContext } from '../contract';
import type { WorkspaceState } from '../model';
import { badRequest, notFound } from '../rules/errors';
import {
  contactsOfAccount,
  findAccountByDomain,
  findAccountByName,
  findContactByEmail,
  normaliseDomain,
  requireUserEmail,
} from '../rules/lookups';
import { normalisePhone } from '../rules/phone';
import { commitCreate, commitUpdate, mergeCustomFields, timestampNow } from '../rules/records';
import { assertCustomFieldsFit, assertRoomFor } from '../rules/limits';
import { newAccount } from '../rules/new-account';
import { newestFirst } from '../rules/search';
import { defineHandler, type TypedInput } from './define';

const operations = catalog.accountContact;
type UpsertBody = TypedInput<typeof operations.upsert>['body'];

/**
 * Where each plain upsert field lands, read from the catalog's body by its naming: `account_x` is the account's
 * `x`, `contact_x` the contact's `x`, and an unprefixed field the contact's own. The fields that find or build
 * records (email, company, website, custom fields) are handled by name.
 */
const MATCHING_FIELDS = new Set(['email', 'company', 'account_website', 'account_custom_fields', 'contact_custom_fields']);
const plainFields = Object.keys(operations.upsert.body.shape).filter((field) => !MATCHING_FIELDS.has(field));
const ACCOUNT_FIELDS = plainFields.filter((field) => field.startsWith('account_')).map((field) => [field, field.slice('account_'.length)] as const);
const CONTACT_FIELDS = plainFields.filter((field) => !field.startsWith('account_')).map((field) => [field, field.replace(/^contact_/, '')] as const);

function pickFields(body: Record<string, unknown>, mapping: readonly (readonly [string, string])[]): Record<string, unknown> {
  return Object.fromEntries(mapping.filter(([from]) => body[from] !== undefined).map(([from, to]) => [to, body[from]]));
}

/** Checks the owners and the website before anything changes, and puts values in their stored form. */
function normaliseBody(state: WorkspaceState, body: UpsertBody) {
  const domain = body.account_website === undefined ? undefined : normaliseDomain(body.account_website);
  if (domain === null) {
    throw badRequest(`account_website: "${body.account_website}" is not a website. Give the company's site, e.g. https://www.acme.com.`, { field: 'account_website' });
  }
  const given: Record<string, unknown> = {
    ...body,
    contact_owner_email: body.contact_owner_email && requireUserEmail(state, body.contact_owner_email, 'contact_owner_email'),
    account_owner_email: body.account_owner_email && requireUserEmail(state, body.account_owner_email, 'account_owner_email'),
    phone_number: body.phone_number === undefined ? undefined : (normalisePhone(body.phone_number) ?? body.phone_number),
  };
  return { given, domain };
}

type AccountTarget = { existing: Account } | { create: { name: string; domain: string | null } } | null;

/** By website domain, else company name, else a new account when either is given, else the contact's current one. */
function findAccountTarget(state: WorkspaceState, body: UpsertBody, domain: string | undefined, contact: Contact | undefined): AccountTarget {
  const byDomain = domain && findAccountByDomain(state, domain);
  if (byDomain) return { existing: byDomain };
  const byName = body.company && findAccountByName(state, body.company);
  if (byName) return { existing: byName };
  if (domain || body.company) return { create: { name: body.company ?? (domain as string), domain: domain ?? null } };
  const current = contact?.account_id ? state.accounts.get(contact.account_id) : undefined;
  return current ? { existing: current } : null;
}

function saveAccount(
  state: WorkspaceState,
  context: DomainContext,
  target: NonNullable<AccountTarget>,
  body: UpsertBody,
  fields: Record<string, unknown>,
): { account: Account; created: boolean } {
  if ('existing' in target) {
    const before = target.existing;
    const after: Account = {
      ...before,
      ...fields,
      official_website: body.account_website ?? before.official_website,
      domain_name: before.domain_name ?? (body.account_website === undefined ? null : normaliseDomain(body.account_website)),
      custom_fields: mergeCustomFields(before.custom_fields, body.account_custom_fields),
    };
    return { account: commitUpdate(state.accounts, context, before, after, ['account.updated']).record, created: false };
  }
  const account = newAccount(context, {
    ...fields,
    name: target.create.name,
    domain_name: target.create.domain,
    official_website: body.account_website,
    custom_fields: body.account_custom_fields,
  });
  return { account: commitCreate(state.accounts, context, account, 'account.created'), created: true };
}

function saveContact(
  state: WorkspaceState,
  context: DomainContext,
  existing: Contact | undefined,
  body: UpsertBody,
  fields: Record<string, unknown>,
  account: Account | null,
): { contact: Contact; created: boolean } {
  if (existing) {
    const after: Contact = {
      ...existing,
      ...fields,
      account_id: account?.id ?? existing.account_id,
      custom_fields: mergeCustomFields(existing.custom_fields, body.contact_custom_fields),
    };
    return { contact: commitUpdate(state.contacts, context, existing, after, ['contact.updated']).record, created: false };
  }
  const now = timestampNow(context);
  const contact: Contact = {
    id: context.newId(),
    email: body.email,
    first_name: null,
    middle_name: null,
    last_name: null,
    phone_number: null,
    title: null,
    department: null,
    linkedin_url: null,
    facebook_url: null,
    zoominfo_url: null,
    x_url: null,
    owner_email: null,
    ...fields,
    account_id: account?.id ?? null,
    opportunity_ids: [],
    custom_fields: body.contact_custom_fields ?? {},
    created_at: now,
    updated_at: now,
  };
  return { contact: commitCreate(state.contacts, context, contact, 'contact.created'), created: true };
}

/** An upsert may write two records: both are checked against the workspace's limits before either changes. */
function assertUpsertFits(state: WorkspaceState, context: DomainContext, target: AccountTarget, existingContact: Contact | undefined, body: UpsertBody): void {
  if (target) {
    if ('create' in target) assertRoomFor(state.accounts, 'account', context.limits);
    const current = 'existing' in target ? target.existing.custom_fields : {};
    assertCustomFieldsFit({ custom_fields: mergeCustomFields(current, body.account_custom_fields) }, 'account', context.limits);
  }
  if (!existingContact) assertRoomFor(state.contacts, 'contact', context.limits);
  assertCustomFieldsFit({ custom_fields: mergeCustomFields(existingContact?.custom_fields ?? {}, body.contact_custom_fields) }, 'contact', context.limits);
}

export const upsertAccountContact = defineHandler(operations.upsert, (state, context, { body }) => {
  const { given, domain } = normaliseBody(state, body);
  const existingContact = findContactByEmail(state, body.email);
  const accountFields = pickFields(given, ACCOUNT_FIELDS);
  const target = findAccountTarget(state, body, domain, existingContact);
  if (!target && (Object.keys(accountFields).length > 0 || body.account_custom_fields)) {
    const named = [...ACCOUNT_FIELDS.map(([from]) => from), 'account_custom_fields'].filter((field) => given[field] !== undefined);
    throw badRequest(
      `${named.join(', ')}: there is no account to set ${named.length === 1 ? 'it' : 'them'} on. Give account_website or company so the account can be found or created.`,
      { fields: named },
    );
  }
  assertUpsertFits(state, context, target, existingContact, body);
  const { account, created: accountCreated } = target ? saveAccount(state, context, target, body, accountFields) : { account: null, created: false };
  const { contact, created: contactCreated } = saveContact(state, context, existingContact, body, pickFields(given, CONTACT_FIELDS), account);
  return { account, contact, account_created: accountCreated, contact_created: contactCreated };
});

export const retrieveAccountAndContacts = defineHandler(operations.retrieve, (state, _context, { query }) => {
  if (query.account_domain !== undefined) {
    const account = findAccountByDomain(state, query.account_domain);
    if (!account) throw notFound('Account', query.account_domain, 'domain');
    return { account, contacts: newestFirst(contactsOfAccount(state, account.id)) };
  }
  const contact = query.contact_email !== undefined ? findContactByEmail(state, query.contact_email) : findContactByPhone(state, query.contact_phone_number ?? '');
  if (!contact) {
    throw query.contact_email !== undefined
      ? notFound('Contact', query.contact_email, 'email')
      : notFound('Contact', query.contact_phone_number ?? '', 'phone number');
  }
  return { account: (contact.account_id && state.accounts.get(contact.account_id)) || null, contacts: [contact] };
});

/** Several contacts may share a number; the newest one is the answer. */
function findContactByPhone(state: WorkspaceState, phone: string): Contact | undefined {
  const wanted = normalisePhone(phone);
  if (!wanted) return undefined;
  return newestFirst(state.contacts.values()).find((contact) => contact.phone_number != null && normalisePhone(contact.phone_number) === wanted);
}
