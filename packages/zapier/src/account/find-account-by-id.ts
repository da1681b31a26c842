import { catalog } from '@integration-pack/core/reevo/api';
import { defineCatalogSearch } from '../reevo';
import { SEARCH_KEYS } from '../keys';

export default defineCatalogSearch({
  key: SEARCH_KEYS.findAccountById,
  noun: 'Account',
  label: 'Find Account by ID',
  description: 'Finds an account by its Reevo ID, for example one a trigger or an opportunity gave you.',
  operation: catalog.accounts.get,
  fields: { overrides: { account_id: { label: 'Account', helpText: 'Pick an account, or map an Account ID from an earlier step.' } } },
});
