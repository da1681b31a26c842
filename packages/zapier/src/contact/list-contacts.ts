import { defineListTrigger } from '../platform/factories/list-trigger';
import { LIST_KEYS } from '../keys';
import { contactsOfAccount, contactsOfKnownOwners } from './contacts-of';

export default defineListTrigger({
  key: LIST_KEYS.contacts,
  noun: 'Contact',
  label: 'List Contacts',
  // Dropdowns see the action's other inputs: with an account chosen, offer the people at that account.
  list: async (z, bundle) => {
    const accountId = (bundle.inputData as { account_id?: unknown } | undefined)?.account_id;
    const contacts = typeof accountId === 'string' && accountId ? await contactsOfAccount(z, bundle, accountId) : await contactsOfKnownOwners(z, bundle);
    return contacts.map((contact) => {
      const name = [contact.first_name, contact.last_name].filter(Boolean).join(' ');
      return { id: contact.id, email: contact.email, label: name ? `${name} (${contact.email})` : contact.email };
    });
  },
});
