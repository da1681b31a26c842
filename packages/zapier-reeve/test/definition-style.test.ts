/**
 * What only Zapier's servers check, checked here so a slip fails CI instead of a review: the checks of every app of
 * the pack (test-support/zapier-app-checks.ts), the built bundle, and what is Reeve's own (its published keys, the
 * session token field).
 */
import { join } from 'node:path';
import { describeBuiltApp, describeZapierAppChecks } from '../../../test-support/zapier-app-checks';
import { CREATE_KEYS, LIST_KEYS, PROVIDER_EVENT_TRIGGER_KEYS, SEARCH_KEYS, TRIGGER_KEYS } from '../src/keys';
import { App, allDefinitions } from './helpers/definitions';

const packageDir = join(__dirname, '..');

describeZapierAppChecks({
  app: App,
  packageDir,
  productName: 'Reeve',
  createVerbs: ['Connects', 'Starts', 'Finishes', 'Disconnects'],
  minSampleDates: 10,
  minReferences: 5,
  createSamplesHaveIds: false,
  foreignCredentialFields: ['connect_with_api_key.api_key'],
});

describeBuiltApp(packageDir, { creates: 4 });

describe('keys', () => {
  it('are the constants of keys.ts, every one used, and none renamed', () => {
    const constants = [PROVIDER_EVENT_TRIGGER_KEYS, TRIGGER_KEYS, LIST_KEYS, CREATE_KEYS, SEARCH_KEYS].flatMap((group) => Object.values(group)).sort();
    expect(allDefinitions.map((definition) => definition.key).sort()).toEqual(constants);
    // Zapier ties live Zaps to these strings: this list changes only by adding to it.
    expect(constants).toEqual([
      'complete_oauth_connection', 'connect_with_api_key', 'connection_status_changed', 'disconnect_provider', 'find_connection',
      'github_deployment_status', 'list_api_key_providers', 'list_connections', 'list_oauth_providers', 'list_providers', 'new_github_pull_request',
      'new_github_push', 'new_shopify_order', 'new_stripe_invoice', 'new_stripe_payment', 'shopify_inventory_updated', 'shopify_product_updated',
      'start_oauth_connection', 'stripe_subscription_updated',
    ]);
  });
});

describe('authentication', () => {
  const fields = App.authentication!.fields as { key: string; type?: string; helpText?: string; required?: boolean }[];

  it('asks for the session token as a password, saying where to get a new one, with the brand optional', () => {
    const token = fields.find((field) => field.key === 'session_token')!;
    expect(token).toMatchObject({ type: 'password', required: true });
    expect(token.helpText).toMatch(/\[[^\]]+\]\(https:\/\/[^)]+\)/);
    expect(token.helpText).toMatch(/sign in to Reeve again/i);
    expect(fields.find((field) => field.key === 'brand_id')).toMatchObject({ required: false });
  });
});
