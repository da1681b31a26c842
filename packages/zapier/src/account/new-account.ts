import { defineEventTrigger } from '../reevo';
import { TRIGGER_KEYS } from '../keys';
import { recentAccounts } from './recent-accounts';

export default defineEventTrigger({
  key: TRIGGER_KEYS.newAccount,
  noun: 'Account',
  event: 'account.created',
  listRecords: (z, bundle) => recentAccounts(z, bundle),
});
