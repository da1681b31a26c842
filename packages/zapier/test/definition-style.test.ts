/**
 * What only Zapier's servers check (publishing checks, research/zapier.md §3 and §7 step 4), checked here so a
 * slip fails CI instead of a review.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_PERMISSIONS, permissionLabel } from '@integration-pack/core/reevo/api';
import { API_KEY_HELP } from '../src/authentication';
import { CREATE_KEYS, LIST_KEYS, SEARCH_KEYS, TRIGGER_KEYS } from '../src/keys';
import { App, allDefinitions, creates, searches, triggers, visibleDefinitions, type Definition } from './helpers/definitions';

const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const DATE_LIKE = /^\d{4}-\d{2}-\d{2}/;

function isTitleCase(label: string): boolean {
  return label.split(' ').every((word, index) => (index > 0 && SMALL_WORDS.has(word)) || /^[A-Z0-9(]/.test(word));
}

function stringsIn(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringsIn(item, `${path}[${index}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => stringsIn(item, path ? `${path}.${key}` : key));
  return [];
}

const sampleOf = (definition: Definition) => (definition.operation as { sample?: Record<string, unknown> }).sample;
const inputFieldsOf = (definition: Definition) => ((definition.operation as { inputFields?: unknown[] }).inputFields ?? []) as { key: string; label?: string; dynamic?: string; search?: string; helpText?: string }[];
const named = (definitions: Definition[]) => definitions.map((definition) => [definition.key, definition] as const);

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

  it.each(named(allDefinitions))('%s and its input keys are snake_case', (_key, definition) => {
    for (const key of [definition.key, ...inputFieldsOf(definition).map((field) => field.key)]) expect(key).toMatch(/^[a-z][a-z0-9_]*$/);
  });
});

describe('labels and descriptions', () => {
  it.each(named(visibleDefinitions))('%s has a Title Case label', (_key, definition) => {
    expect(isTitleCase(definition.display.label ?? '')).toBe(true);
  });

  it.each(named(triggers.filter((trigger) => !trigger.display.hidden)))('trigger %s starts "Triggers when" and ends with a period', (_key, trigger) => {
    expect(trigger.display.description).toMatch(/^Triggers when .+\.$/);
  });

  it.each(named(creates))('create %s starts with a plural verb and ends with a period', (_key, create) => {
    expect(create.display.description).toMatch(/^(Creates|Updates|Moves|Logs|Enrolls) .+\.$/);
  });

  it.each(named(searches))('search %s is a "Find" with a "Finds" description', (_key, search) => {
    expect(search.display.label).toMatch(/^Find /);
    expect(search.display.description).toMatch(/^Finds .+\.$/);
  });

  it.each(named(visibleDefinitions))('%s does not name the product in its description', (_key, definition) => {
    expect(definition.display.description).not.toMatch(/\bReevo's\b|^Reevo\b/);
  });

  it.each(named(allDefinitions))('every input field of %s has a Title Case label and help text', (_key, definition) => {
    for (const field of inputFieldsOf(definition)) {
      expect(isTitleCase(field.label ?? '')).toBe(true);
      expect(field.helpText?.length).toBeGreaterThan(0);
    }
  });
});

describe('samples', () => {
  it.each(named(visibleDefinitions))('%s has a sample with an id', (_key, definition) => {
    expect(sampleOf(definition)).toEqual(expect.objectContaining({ id: expect.any(String) }));
  });

  it('hold dates at all (so the date check below checks something)', () => {
    expect(visibleDefinitions.flatMap((definition) => stringsIn(sampleOf(definition)).filter(([, value]) => DATE_LIKE.test(value))).length).toBeGreaterThan(20);
  });

  it.each(named(visibleDefinitions))('dates in the sample of %s are ISO 8601 with an offset', (_key, definition) => {
    const dates = stringsIn(sampleOf(definition)).filter(([, value]) => DATE_LIKE.test(value));
    for (const [path, value] of dates) expect([path, value]).toEqual([path, expect.stringMatching(ISO_WITH_OFFSET)]);
  });

  it.each(named(visibleDefinitions))('every output field of %s is a key its sample has', (_key, definition) => {
    const sample = sampleOf(definition)!;
    const outputFields = ((definition.operation as { outputFields?: { key: string }[] }).outputFields ?? []).map((field) => field.key);
    expect(outputFields.length).toBeGreaterThan(0);
    for (const key of outputFields) expect([key, key.split('__').reduce<unknown>((value, part) => (value as Record<string, unknown> | undefined)?.[part], sample)]).not.toEqual([key, undefined]);
  });
});

describe('references', () => {
  const triggerKeys = new Set(Object.keys(App.triggers ?? {}));
  const searchKeys = new Set(Object.keys(App.searches ?? {}));
  const fieldsWithRefs = allDefinitions.flatMap((definition) => inputFieldsOf(definition).filter((field) => field.dynamic || field.search).map((field) => [`${definition.key}.${field.key}`, field] as const));

  it('some fields use dropdowns', () => expect(fieldsWithRefs.length).toBeGreaterThan(10));

  it.each(fieldsWithRefs)('%s points at a hidden list trigger and an existing search', (_path, field) => {
    const [triggerKey] = (field.dynamic ?? '').split('.');
    expect(triggerKeys.has(triggerKey!)).toBe(true);
    expect(App.triggers![triggerKey!]!.display.hidden).toBe(true);
    if (field.search) expect(searchKeys.has(field.search.split('.')[0]!)).toBe(true);
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

  it('keeps every URL on https', () => {
    const urls = stringsIn(App).map(([, value]) => value).filter((value) => /^https?:\/\//.test(value));
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
  });
});

describe('README', () => {
  const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');

  it.each(named(allDefinitions))('documents %s', (key, definition) => {
    expect(readme).toContain(`\`${key}\``);
    if (!definition.display.hidden) expect(readme).toContain(definition.display.label);
  });
});
