import { catalog } from '@integration-pack/core/reevo/api';
import { defineCatalogSearch } from '../reevo';
import { SEARCH_KEYS } from '../keys';

export default defineCatalogSearch({
  key: SEARCH_KEYS.findUser,
  noun: 'User',
  label: 'Find User',
  description: 'Finds a user of your Reevo workspace by their exact email.',
  operation: catalog.users.search,
  // Finding a user by the email a dropdown of users offers would be circular: here the email is typed or mapped.
  fields: { overrides: { email: { dynamic: false, helpText: "The user's email, exactly (case does not matter)." } } },
});
