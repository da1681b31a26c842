import { catalog } from '@integration-pack/core/reevo/api';
import { defineCatalogSearch } from '../reevo';
import { SEARCH_KEYS } from '../keys';

export default defineCatalogSearch({
  key: SEARCH_KEYS.findContact,
  noun: 'Contact',
  label: 'Find Contact',
  description: "Finds a contact by email, or the newest contact of an owner.",
  operation: catalog.contacts.search,
  fields: {
    overrides: {
      contact_email: { label: 'Email', helpText: "The contact's email, exactly (case does not matter).", dynamic: false },
    },
  },
});
