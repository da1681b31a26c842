/**
 * Hidden dropdown triggers of providers: every provider, those connected with an API key (Connect a Provider with
 * an API Key), and those connected by OAuth (Start and Complete an OAuth Connection), from REEVE_PROVIDERS.
 */
import { PROVIDER_SLUGS, REEVE_PROVIDERS, type ProviderKind } from '@integration-pack/core/reeve/api';
import { defineListTrigger } from '../../../zapier/src/platform/factories/list-trigger';
import { LIST_KEYS } from '../keys';

function providersOf(kinds: readonly ProviderKind[]) {
  return async () =>
    PROVIDER_SLUGS.filter((slug) => kinds.includes(REEVE_PROVIDERS[slug].kind)).map((slug) => ({ id: slug, label: REEVE_PROVIDERS[slug].name, kind: REEVE_PROVIDERS[slug].kind }));
}

export const listProviders = defineListTrigger({ key: LIST_KEYS.providers, noun: 'Provider', label: 'List Providers', list: providersOf(['oauth', 'api_key', 'service_account']) });
// Google Analytics connects through the same endpoint, its service account JSON standing as the key.
export const listApiKeyProviders = defineListTrigger({ key: LIST_KEYS.apiKeyProviders, noun: 'Provider', label: 'List API Key Providers', list: providersOf(['api_key', 'service_account']) });
export const listOauthProviders = defineListTrigger({ key: LIST_KEYS.oauthProviders, noun: 'Provider', label: 'List OAuth Providers', list: providersOf(['oauth']) });
