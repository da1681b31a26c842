import { Account, catalog, Contact } from '@integration-pack/core/reevo/api';
import { defineCatalogCreate } from '../reevo';
import { outputFieldsFrom } from '../platform/fields/output-fields';
import { CREATE_KEYS } from '../keys';

interface UpsertOutput {
  contact: Contact;
  account: Account | null;
  account_created: boolean;
  contact_created: boolean;
}

/**
 * Reevo creates contacts only through its upsert, which matches by email. The Zap gets the contact itself (the
 * same shape Find Contact returns, so a search-or-create step maps either way) with its account beside it.
 */
export default defineCatalogCreate({
  key: CREATE_KEYS.createOrUpdateContact,
  noun: 'Contact',
  label: 'Create or Update Contact',
  description: 'Creates a new contact, or updates the one with the same email, and links it to its account (found by website or company, or created).',
  operation: catalog.accountContact.upsert,
  toResult: (output) => {
    const { contact, account, account_created, contact_created } = output as UpsertOutput;
    return { ...contact, account, account_created, contact_created };
  },
  outputFields: [
    ...outputFieldsFrom(Contact),
    // Without a website or company the contact has no account.
    ...outputFieldsFrom(Account, { prefix: 'account__', labelPrefix: 'Account ', present: false }),
    { key: 'account_created', label: 'Account Created', type: 'boolean', required: true },
    { key: 'contact_created', label: 'Contact Created', type: 'boolean', required: true },
  ],
});
