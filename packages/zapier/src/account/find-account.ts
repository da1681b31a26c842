import { catalog } from '@integration-pack/core/reevo/api';
import { defineCatalogSearch } from '../reevo';
import { SEARCH_KEYS } from '../keys';

export default defineCatalogSearch({
  key: SEARCH_KEYS.findAccount,
  noun: 'Account',
  label: 'Find Account',
  description: 'Finds an account by its domain (acme.com), newest first.',
  operation: catalog.accounts.search,
  fields: { overrides: { domain_name: { helpText: 'The company domain, e.g. acme.com. Accounts whose domain contains this text match.' } } },
});
