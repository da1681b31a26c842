import { catalog } from '@integration-pack/core/reevo/api';
import { defineCatalogSearch } from '../reevo';
import { SEARCH_KEYS } from '../keys';

export default defineCatalogSearch({
  key: SEARCH_KEYS.findContactById,
  noun: 'Contact',
  label: 'Find Contact by ID',
  description: 'Finds a contact by its Reevo ID, for example one an activity or a trigger gave you.',
  operation: catalog.contacts.get,
  fields: { overrides: { contact_id: { label: 'Contact', helpText: 'Pick a contact, or map a Contact ID from an earlier step.' } } },
});
