/**
 * Start an OAuth Connection: answers the provider's consent URL, to send to whoever approves (by email, Slack, …).
 * The provider then redirects to the Redirect URI with a code and a state for Complete an OAuth Connection: point
 * it at a Zapier catch hook to finish the connection in a Zap.
 */
import { reeveCatalog } from '@integration-pack/core/reeve/api';
import { CREATE_KEYS, LIST_KEYS } from '../keys';
import { defineCatalogCreate } from '../reeve';

export default defineCatalogCreate({
  key: CREATE_KEYS.startOauthConnection,
  noun: 'Authorization URL',
  label: 'Start an OAuth Connection',
  description: "Starts connecting an OAuth provider (Meta Ads, Google Ads, TikTok Ads, Shopify, GitHub, Slack) and returns the consent URL to send to whoever approves.",
  operation: reeveCatalog.connections.getAuthorizationUrl,
  fields: { overrides: { provider: { dynamic: `${LIST_KEYS.oauthProviders}.id.label` } } },
});
