/**
 * Reevo lists mailboxes only per owner. With a contact chosen, the dropdown offers its owner's mailboxes (the ones
 * Reevo would pick by default); otherwise those of every user who owns records (see known-owners).
 */
import { catalog, type Mailbox } from '@integration-pack/core/reevo/api';
import type { Bundle, ZObject } from 'zapier-platform-core';
import { defineListTrigger } from '../platform/factories/list-trigger';
import { callReevo } from '../reevo';
import { LIST_KEYS } from '../keys';
import { knownOwnerEmails } from '../user/known-owners';

export default defineListTrigger({
  key: LIST_KEYS.mailboxes,
  noun: 'Mailbox',
  label: 'List Mailboxes',
  list: async (z, bundle) => {
    const owners = (await ownerOfChosenContact(z, bundle)) ?? (await knownOwnerEmails(z, bundle));
    const mailboxes = (await Promise.all(owners.map((owner_user_email) => callReevo(z, bundle, catalog.mailboxes.search, { owner_user_email })))).flat();
    return mailboxes.map((mailbox: Mailbox) => ({ id: mailbox.email, email: mailbox.email, label: `${mailbox.email} (${mailbox.owner_user_email})` }));
  },
});

async function ownerOfChosenContact(z: ZObject, bundle: Bundle): Promise<string[] | undefined> {
  const email = (bundle.inputData as { contact_email?: unknown } | undefined)?.contact_email;
  if (typeof email !== 'string' || !email) return undefined;
  const [contact] = await callReevo(z, bundle, catalog.contacts.search, { contact_email: email });
  return contact?.owner_email ? [contact.owner_email] : undefined;
}
