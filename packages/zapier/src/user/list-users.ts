import { catalog, type User } from '@integration-pack/core/reevo/api';
import type { Bundle, ZObject } from 'zapier-platform-core';
import { defineListTrigger } from '../platform/factories/list-trigger';
import { callReevo } from '../reevo';
import { LIST_KEYS } from '../keys';
import { knownOwnerEmails } from './known-owners';

export default defineListTrigger({
  key: LIST_KEYS.users,
  noun: 'User',
  label: 'List Users',
  list: async (z, bundle) => {
    const emails = await knownOwnerEmails(z, bundle);
    return Promise.all(
      emails.map(async (email) => {
        const user = await userNamed(z, bundle, email);
        const name = [user?.first_name, user?.last_name].filter(Boolean).join(' ');
        return { id: email, email, label: name ? `${name} (${email})` : email };
      }),
    );
  },
});

/** Names only make the dropdown friendlier: a key without Users Read still gets the emails. */
async function userNamed(z: ZObject, bundle: Bundle, email: string): Promise<User | undefined> {
  const users = await callReevo(z, bundle, catalog.users.search, { email }, { onMissingPermission: () => [] });
  return users[0];
}
