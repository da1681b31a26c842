import { defineEventTrigger } from '../reevo';
import { TRIGGER_KEYS } from '../keys';
import { newestUpdatedFirst } from '../webhook/recency';
import { contactsOfKnownOwners } from './contacts-of';

export default defineEventTrigger({
  key: TRIGGER_KEYS.updatedContact,
  noun: 'Contact',
  event: 'contact.updated',
  listRecords: async (z, bundle) => newestUpdatedFirst(await contactsOfKnownOwners(z, bundle)),
});
