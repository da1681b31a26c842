/**
 * Contacts can only be searched by their own email or their owner's. To list some without either, the app asks
 * for the contacts of an account (through its domain) or of the users who own records (see known-owners).
 */
import { catalog, type Contact } from '@integration-pack/core/reevo/api';
import type { Bundle, ZObject } from 'zapier-platform-core';
import { callReevo } from '../reevo';
import { knownOwnerEmails } from '../user/known-owners';

export async function contactsOfAccount(z: ZObject, bundle: Bundle, accountId: string): Promise<Contact[]> {
  const account = await callReevo(z, bundle, catalog.accounts.get, { account_id: accountId });
  if (!account.domain_name) return [];
  const found = await callReevo(z, bundle, catalog.accountContact.retrieve, { account_domain: account.domain_name }, { onRecordNotFound: () => undefined });
  return found?.contacts ?? [];
}

export async function contactsOfKnownOwners(z: ZObject, bundle: Bundle): Promise<Contact[]> {
  const owners = await knownOwnerEmails(z, bundle);
  const perOwner = await Promise.all(owners.map((owner_email) => callReevo(z, bundle, catalog.contacts.search, { owner_email })));
  return perOwner.flat().sort((a, b) => b.created_at.localeCompare(a.created_at));
}
