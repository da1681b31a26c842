import { catalog, type User } from '@integration-pack/core/reevo/api';
import type { Bundle, ZObject } from 'zapier-platform-core';
import { defineListTrigger } from '../platform/factories/list-trigger';
import { callReevo } from '../reevo';
import { LIST_KEYS } from '../keys';
import { pageOfKnownOwners } from './owner-pages';

/** One user search per owner: a page names at most this many (fewer: the owner-search bound comes first). */
const USERS_PER_PAGE = 50;

export default defineListTrigger({
  key: LIST_KEYS.users,
  noun: 'User',
  label: 'List Users',
  canPaginate: true,
  list: (z, bundle) =>
    pageOfKnownOwners(z, bundle, {
      search: async (email) => {
        const user = await userNamed(z, bundle, email);
        const name = [user?.first_name, user?.last_name].filter(Boolean).join(' ');
        return [{ id: email, email, label: name ? `${name} (${email})` : email }];
      },
      pageSize: USERS_PER_PAGE,
      paged: false,
    }),
});

/** Names only make the dropdown friendlier: a key without Users Read still gets the emails. */
async function userNamed(z: ZObject, bundle: Bundle, email: string): Promise<User | undefined> {
  const users = await callReevo(z, bundle, catalog.users.search, { email }, { onMissingPermission: () => [] });
  return users[0];
}
