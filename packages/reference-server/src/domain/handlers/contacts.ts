import { catalog } from '@integration-pack/core/reevo/api';
import { requireContact, sameEmail } from '../rules/lookups';
import { matchesAll, newestFirst, page } from '../rules/search';
import { defineHandler } from './define';

const operations = catalog.contacts;

export const getContact = defineHandler(operations.get, (state, _context, { params }) => requireContact(state, params.contact_id));

export const searchContacts = defineHandler(operations.search, (state, _context, { body }) =>
  page(
    newestFirst(state.contacts.values()).filter((contact) =>
      matchesAll([
        body.contact_email == null ? undefined : sameEmail(contact.email, body.contact_email),
        body.owner_email == null ? undefined : sameEmail(contact.owner_email, body.owner_email),
      ]),
    ),
    body,
  ),
);
