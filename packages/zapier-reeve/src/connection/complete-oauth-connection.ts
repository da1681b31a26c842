/**
 * Complete an OAuth Connection with the code and state the provider redirected back with (map them from a Zapier
 * catch hook that the redirect landed on). A refusal at the consent page answers connected false, not an error.
 */
import { AuthorizationRefused, Connected, reeveCatalog } from '@integration-pack/core/reeve/api';
import { outputFieldsOfVariants } from '../../../zapier/src/platform/fields/output-fields';
import { CREATE_KEYS, LIST_KEYS } from '../keys';
import { defineCatalogCreate } from '../reeve';

export default defineCatalogCreate({
  key: CREATE_KEYS.completeOauthConnection,
  noun: 'Connection',
  label: 'Complete an OAuth Connection',
  description: 'Finishes an OAuth connection with the code and state the provider redirected back with (e.g. to a Zapier catch hook).',
  operation: reeveCatalog.connections.completeAuthorization,
  fields: { overrides: { provider: { dynamic: `${LIST_KEYS.oauthProviders}.id.label` } } },
  // The answer is connected or refused; the fields of both, so a Zap can map the refusal's error too.
  outputFields: outputFieldsOfVariants([Connected, AuthorizationRefused]),
});
