/**
 * What only Zapier's servers check (publishing checks, research/zapier.md §3 and §7 step 4), checked here so a
 * slip fails CI instead of a review: the checks of every app of the pack (test-support/zapier-app-checks.ts), the
 * built bundle, and what is Reevo's own (its published keys, the permission help).
 */
import { join } from 'node:path';
import { ALL_PERMISSIONS, permissionLabel } from '@integration-pack/core/reevo/api';
import { describeBuiltApp, describeZapierAppChecks } from '../../../test-support/zapier-app-checks';
import { API_KEY_HELP } from '../src/authentication';
import { CREATE_KEYS, LIST_KEYS, SEARCH_KEYS, TRIGGER_KEYS } from '../src/keys';
import { App, allDefinitions } from './helpers/definitions';

const packageDir = join(__dirname, '..');

describeZapierAppChecks({
  app: App,
  packageDir,
  productName: 'Reevo',
  createVerbs: ['Creates', 'Updates', 'Moves', 'Logs', 'Enrolls'],
  minSampleDates: 21,
  minReferences: 11,
  createSamplesHaveIds: true,
  idFieldsWithoutDropdown: {
    'log_activity.sequence_id': 'Reevo has no endpoint that lists sequences (docs/reevo-api.md §4)',
    'add_contact_to_sequence.sequence_id': 'Reevo has no endpoint that lists sequences (docs/reevo-api.md §4)',
  },
});

describeBuiltApp(packageDir, { creates: 9 });

describe('keys', () => {
  it('are the constants of keys.ts, every one used, and none renamed', () => {
    const constants = [TRIGGER_KEYS, LIST_KEYS, CREATE_KEYS, SEARCH_KEYS].flatMap((group) => Object.values(group)).sort();
    expect(allDefinitions.map((definition) => definition.key).sort()).toEqual(constants);
    // Zapier ties live Zaps to these strings: this list changes only by adding to it.
    expect(constants).toEqual([
      'add_contact_to_sequence', 'change_opportunity_stage', 'create_account', 'create_opportunity', 'create_or_update_contact', 'create_task',
      'find_account', 'find_account_and_contacts', 'find_account_by_id', 'find_contact', 'find_contact_by_id', 'find_mailbox', 'find_opportunity',
      'find_opportunity_by_id', 'find_user', 'list_accounts', 'list_closed_reasons', 'list_contacts', 'list_mailboxes', 'list_opportunities',
      'list_pipelines', 'list_stages', 'list_users', 'log_activity', 'new_account', 'new_activity', 'new_contact', 'new_opportunity',
      'new_sequence_enrollment', 'new_task', 'opportunity_stage_changed', 'update_account', 'update_opportunity', 'updated_account',
      'updated_contact', 'updated_opportunity',
    ]);
  });
});

describe('authentication', () => {
  const fields = App.authentication!.fields as { key: string; type?: string; helpText?: string }[];

  it('asks for the key as a password, with a Markdown link to where keys are made', () => {
    const apiKey = fields.find((field) => field.key === 'api_key')!;
    expect(apiKey.type).toBe('password');
    expect(apiKey.helpText).toMatch(/\[[^\]]+\]\(https:\/\/[^)]+\)/);
  });

  it('names the permission of every resource a step needs', () => {
    const resources = new Set(ALL_PERMISSIONS.map((permission) => permissionLabel(permission).replace(/ (Read|Write)$/, '')));
    for (const resource of resources) expect(API_KEY_HELP).toContain(resource);
  });
});
