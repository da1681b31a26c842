import { catalog } from '@integration-pack/core/reevo/api';
import { defineCatalogCreate } from '../reevo';
import { CREATE_KEYS } from '../keys';

export default defineCatalogCreate({
  key: CREATE_KEYS.createAccount,
  noun: 'Account',
  label: 'Create Account',
  description: 'Creates a new account (company). To add a person and their company together, use Create or Update Contact.',
  operation: catalog.accounts.create,
});
