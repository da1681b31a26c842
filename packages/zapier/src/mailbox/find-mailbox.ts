import { catalog } from '@integration-pack/core/reevo/api';
import { defineCatalogSearch } from '../reevo';
import { SEARCH_KEYS } from '../keys';

export default defineCatalogSearch({
  key: SEARCH_KEYS.findMailbox,
  noun: 'Mailbox',
  label: 'Find Mailbox',
  description: 'Finds the mailboxes a user sends sequences from, by the user\'s email.',
  operation: catalog.mailboxes.search,
});
