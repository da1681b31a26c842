import { defineEventTrigger } from '../reevo';
import { TRIGGER_KEYS } from '../keys';
import { newestUpdatedFirst } from '../webhook/recency';
import { recentAccounts } from './recent-accounts';

export default defineEventTrigger({
  key: TRIGGER_KEYS.updatedAccount,
  noun: 'Account',
  event: 'account.updated',
  listRecords: async (z, bundle) => newestUpdatedFirst(await recentAccounts(z, bundle)),
});
