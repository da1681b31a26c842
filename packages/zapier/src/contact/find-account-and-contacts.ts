import { Account, catalog, type Contact } from '@integration-pack/core/reevo/api';
import { defineCatalogSearch } from '../reevo';
import { outputFieldsFrom } from '../platform/fields/output-fields';
import { SEARCH_KEYS } from '../keys';

export default defineCatalogSearch({
  key: SEARCH_KEYS.findAccountAndContacts,
  noun: 'Account',
  label: 'Find Account and Contacts',
  description: 'Finds an account and its contacts by one of: a contact email, a contact phone number, or an account domain.',
  operation: catalog.accountContact.retrieve,
  fields: {
    overrides: {
      contact_email: { helpText: 'Find the contact with this email, and its account.', dynamic: false },
      contact_phone_number: { helpText: 'Find the contact with this phone number (+14151234567), and its account.' },
      account_domain: { helpText: 'Find the account with this domain (acme.com) and all its contacts.' },
    },
  },
  // Zapier needs an id per result: the account's, or the contact's when it has no account.
  toResults: (output) => {
    const { account, contacts } = output as { account: Account | null; contacts: Contact[] };
    return [{ id: account?.id ?? contacts[0]?.id ?? null, account, contacts }];
  },
  outputFields: [
    { key: 'id', label: 'Account ID (or Contact ID when there is no account)', type: 'string', required: true },
    ...outputFieldsFrom(Account, { prefix: 'account__', labelPrefix: 'Account ', present: false }),
    { key: 'contacts', label: 'Contacts', list: true, required: true },
  ],
});
