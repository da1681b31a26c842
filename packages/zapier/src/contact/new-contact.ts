import { defineEventTrigger } from '../reevo';
import { TRIGGER_KEYS } from '../keys';
import { contactsOfKnownOwners } from './contacts-of';

export default defineEventTrigger({
  key: TRIGGER_KEYS.newContact,
  noun: 'Contact',
  event: 'contact.created',
  listRecords: contactsOfKnownOwners,
});
