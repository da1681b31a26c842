import { catalog } from '@integration-pack/core/reevo/api';
import { defineCatalogCreate } from '../reevo';
import { CREATE_KEYS } from '../keys';

export default defineCatalogCreate({
  key: CREATE_KEYS.updateAccount,
  noun: 'Account',
  label: 'Update Account',
  description: 'Updates an existing account. Fields left blank stay as they are; custom fields change only for the keys given.',
  operation: catalog.accounts.update,
  fields: { overrides: { account_id: { label: 'Account', helpText: 'The account to update. Pick one, or map an ID from Find Account.' } } },
});
