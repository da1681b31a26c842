import { defineListTrigger, pageOf } from '../platform/factories/list-trigger';
import { LIST_KEYS } from '../keys';
import { recentAccounts } from './recent-accounts';

export default defineListTrigger({
  key: LIST_KEYS.accounts,
  noun: 'Account',
  label: 'List Accounts',
  canPaginate: true,
  list: async (z, bundle) =>
    (await recentAccounts(z, bundle, pageOf(bundle))).map((account) => ({
      id: account.id,
      label: account.domain_name ? `${account.name} (${account.domain_name})` : account.name,
    })),
});
