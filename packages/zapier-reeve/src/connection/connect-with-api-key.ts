/**
 * Connect a Provider with an API Key. The provider dropdown lists the API-key providers; choosing one that needs
 * settings beside the key (Gorgias, Zendesk, PostHog, Google Analytics) shows a field for each, which join the
 * request's `config`. A key the provider refuses fails with Reeve's words, which name the provider and mask the key.
 */
import { isProviderSlug, REEVE_PROVIDERS, reeveCatalog } from '@integration-pack/core/reeve/api';
import type { Bundle, PlainInputField } from 'zapier-platform-core';
import { CREATE_KEYS, LIST_KEYS } from '../keys';
import { defineCatalogCreate } from '../reeve';

const CONFIG_PREFIX = 'config_';

const SETTING_WORDS: Record<string, { label: string; helpText: string }> = {
  domain: { label: 'Gorgias Domain', helpText: 'Your Gorgias helpdesk domain, e.g. acme.gorgias.com.' },
  subdomain: { label: 'Zendesk Subdomain', helpText: 'The part before .zendesk.com, e.g. acme for acme.zendesk.com.' },
  email: { label: 'Agent Email', helpText: 'The email of the agent the API token belongs to.' },
  project_id: { label: 'PostHog Project ID', helpText: 'The numeric ID of your PostHog project (Project settings).' },
  property_id: { label: 'GA4 Property ID', helpText: 'The numeric ID of your Google Analytics 4 property (Admin → Property details).' },
};

function configFieldsOf(provider: unknown): readonly string[] {
  return typeof provider === 'string' && isProviderSlug(provider) ? REEVE_PROVIDERS[provider].configFields : [];
}

async function settingFields(_z: unknown, bundle: Bundle): Promise<PlainInputField[]> {
  return configFieldsOf(bundle.inputData?.provider).map((name) => ({
    key: `${CONFIG_PREFIX}${name}`,
    required: true,
    type: 'string',
    ...(SETTING_WORDS[name] ?? { label: name, helpText: `The ${name} setting of this provider.` }),
  }));
}

export default defineCatalogCreate({
  key: CREATE_KEYS.connectWithApiKey,
  noun: 'Connection',
  label: 'Connect a Provider with an API Key',
  description: "Connects an API-key provider (Stripe, PostHog, Klaviyo, Gorgias, Zendesk, Vercel, Railway, Figma or Google Analytics) to the brand; Reeve checks the key with the provider at once.",
  operation: reeveCatalog.connections.connectWithApiKey,
  fields: {
    omit: ['config'],
    overrides: {
      provider: { dynamic: `${LIST_KEYS.apiKeyProviders}.id.label`, altersDynamicFields: true, helpText: 'The provider to connect. Gorgias, Zendesk, PostHog and Google Analytics then ask for their settings.' },
      // The provider's key is this step's data, not the connection's credential (Zapier check D001): a password field, so the editor masks it.
      api_key: { type: 'password', helpText: "The provider's API key (for Google Analytics, the service account's JSON). Reeve stores it encrypted and never shows it again." },
    },
  },
  extraFields: {
    inputFields: [settingFields],
    addTo: (input, inputData) => {
      const names = configFieldsOf(input.provider);
      if (names.length === 0) return input;
      return { ...input, config: Object.fromEntries(names.map((name) => [name, String(inputData[`${CONFIG_PREFIX}${name}`] ?? '').trim()])) };
    },
  },
});
