/**
 * How each fake API-key provider checks a key (docs/reeve-api.md §4 "API keys are checked with the provider") [C]:
 * a key carries one of the provider's prefixes where it has any and is at least 16 characters long; Google
 * Analytics' "key" is a service account's JSON. The account name is what the provider would report.
 */
import { REEVE_PROVIDERS, type ProviderSlug } from '@integration-pack/core/reeve/api';

const MIN_KEY_LENGTH = 16;

export type KeyCheck = { accepted: true; accountName: string } | { accepted: false; reason: string };

export function checkApiKey(provider: ProviderSlug, key: string, config: Readonly<Record<string, string>>): KeyCheck {
  if (provider === 'google_analytics') return checkServiceAccount(key, config);
  const { keyPrefixes, name } = REEVE_PROVIDERS[provider];
  if (keyPrefixes.length > 0 && !keyPrefixes.some((prefix) => key.startsWith(prefix))) {
    return { accepted: false, reason: `a ${name} key starts with ${keyPrefixes.join(' or ')}` };
  }
  if (key.length < MIN_KEY_LENGTH) return { accepted: false, reason: `the key is too short to be a ${name} key` };
  return { accepted: true, accountName: accountNameOf(provider, config) };
}

function checkServiceAccount(key: string, config: Readonly<Record<string, string>>): KeyCheck {
  let parsed: unknown;
  try {
    parsed = JSON.parse(key);
  } catch {
    return { accepted: false, reason: "the key is not a service account's JSON" };
  }
  const account = parsed as Record<string, unknown> | null;
  if (!account || account.type !== 'service_account' || typeof account.client_email !== 'string' || typeof account.private_key !== 'string') {
    return { accepted: false, reason: 'the JSON needs "type": "service_account", "client_email" and "private_key"' };
  }
  return { accepted: true, accountName: `${account.client_email} (property ${config.property_id ?? ''})` };
}

function accountNameOf(provider: ProviderSlug, config: Readonly<Record<string, string>>): string {
  switch (provider) {
    case 'gorgias':
      return `${config.domain ?? ''}.gorgias.com`;
    case 'zendesk':
      return `${config.subdomain ?? ''}.zendesk.com`;
    case 'posthog':
      return `PostHog project ${config.project_id ?? ''}`;
    default:
      return `Acme (${REEVE_PROVIDERS[provider].name})`;
  }
}
