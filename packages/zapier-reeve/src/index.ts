/**
 * The Reeve app for Zapier. Every definition is registered under its own key (Zapier's matchingKeys rule), and
 * grouped the way the app's folders are.
 */
import { defineApp, version as platformVersion, type Create, type Search, type Trigger } from 'zapier-platform-core';
import { authentication } from './authentication';
import completeOauthConnection from './connection/complete-oauth-connection';
import connectWithApiKey from './connection/connect-with-api-key';
import connectionStatusChanged from './connection/connection-status-changed';
import disconnectProvider from './connection/disconnect-provider';
import findConnection from './connection/find-connection';
import listConnections from './connection/list-connections';
import startOauthConnection from './connection/start-oauth-connection';
import { listApiKeyProviders, listOauthProviders, listProviders } from './provider/provider-lists';
import { providerEventTriggers } from './provider-event/provider-event-triggers';
import packageJson from '../package.json';

function byKey<T extends { key: string }>(...definitions: T[]): Record<string, T> {
  return Object.fromEntries(definitions.map((definition) => [definition.key, definition]));
}

export const triggers = byKey<Trigger>(...providerEventTriggers, connectionStatusChanged, listProviders, listApiKeyProviders, listOauthProviders, listConnections);

export const creates = byKey<Create>(connectWithApiKey, startOauthConnection, completeOauthConnection, disconnectProvider);

export const searches = byKey<Search>(findConnection);

export default defineApp({
  version: packageJson.version,
  platformVersion,
  authentication,
  triggers,
  creates,
  searches,
  // Every request goes through z.request, which Zapier logs already; patching Node's http module on top only
  // duplicates those logs (and leaks into other code sharing the process, such as other packages' tests).
  flags: { skipHttpPatch: true },
});
