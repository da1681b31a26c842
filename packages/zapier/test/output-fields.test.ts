/**
 * Output fields label what Zapier shows of a step: its output flattened with `__` between nested keys. The shared
 * publishing checks (test-support/zapier-app-checks.ts) hold every sample to its fields (D024); these tests pin how
 * the fields are derived: typed and required as the catalog's schema says, objects of any keys (custom fields, an
 * event's changes) labelled and typed from the sample, and empty values left out of samples.
 */
import * as z from 'zod';
import { outputFieldsOfVariants, sampleWithFields, withoutNulls } from '../src/platform/fields/output-fields';
import { allDefinitions } from './helpers/definitions';

type Field = { key: string; label?: string; type?: string; list?: boolean; required?: boolean };
const operationOf = (key: string) => allDefinitions.find((definition) => definition.key === key)!.operation as { sample: Record<string, unknown>; outputFields: Field[] };
const fieldOf = (key: string, field: string) => operationOf(key).outputFields.find((candidate) => candidate.key === field);

describe.each(allDefinitions.filter((definition) => (definition.operation as { sample?: unknown }).sample !== undefined).map((definition) => definition.key))('%s', (key) => {
  it('has no two fields with one key', () => {
    const keys = operationOf(key).outputFields.map((field) => field.key);
    expect(keys.filter((each, index) => keys.indexOf(each) !== index)).toEqual([]);
  });
});

test('custom fields and changes are flattened as Zapier flattens them, typed from the sample', () => {
  expect(operationOf('updated_account').outputFields).toEqual(
    expect.arrayContaining([
      { key: 'custom_fields__industry', label: 'Custom Fields Industry', type: 'string' },
      { key: 'changes__title__from', label: 'Changes Title From', type: 'string' },
    ]),
  );
});

test("fields are required where the schema guarantees a value, and a field that may be null is neither required nor in the sample", () => {
  expect(fieldOf('find_account', 'id')).toMatchObject({ type: 'string', required: true });
  expect(fieldOf('find_account', 'created_at')).toMatchObject({ type: 'datetime', required: true });
  expect(fieldOf('find_account', 'facebook_url')).toEqual({ key: 'facebook_url', label: expect.any(String), type: 'string' });
  expect(operationOf('find_account').sample).not.toHaveProperty('facebook_url');
  expect(fieldOf('create_task', 'due_at')).not.toHaveProperty('required');
});

test("a nested record that may be absent (an upserted contact's account) makes none of its fields required", () => {
  expect(fieldOf('create_or_update_contact', 'account__id')).not.toHaveProperty('required');
  expect(fieldOf('create_or_update_contact', 'id')).toMatchObject({ required: true });
});

test('lists say their item type', () => {
  expect(fieldOf('find_contact', 'opportunity_ids')).toMatchObject({ list: true, type: 'string' });
});

test('withoutNulls drops nulls at any depth and keeps lists and falsy values', () => {
  expect(withoutNulls({ a: null, b: { c: null, d: 0, e: false }, f: [1, null], g: '' })).toEqual({ b: { d: 0, e: false }, f: [1, null], g: '' });
});

test('sampleWithFields types the fields no schema fixes from their values, and adds none for an empty value', () => {
  const { sample, outputFields } = sampleWithFields([{ key: 'id', type: 'string', required: true }], {
    id: 'x',
    custom_fields: { seats: 12, ratio: 0.5, active: true, renewal: '2026-01-01T00:00:00Z', tags: ['a'], gone: null },
  });
  expect(sample).toEqual({ id: 'x', custom_fields: { seats: 12, ratio: 0.5, active: true, renewal: '2026-01-01T00:00:00Z', tags: ['a'] } });
  expect(outputFields.slice(1).map(({ key, type, list }) => ({ key, type, list }))).toEqual([
    { key: 'custom_fields__seats', type: 'integer', list: undefined },
    { key: 'custom_fields__ratio', type: 'number', list: undefined },
    { key: 'custom_fields__active', type: 'boolean', list: undefined },
    { key: 'custom_fields__renewal', type: 'datetime', list: undefined },
    { key: 'custom_fields__tags', type: 'string', list: true },
  ]);
});

test("a result of several shapes gets each shape's fields once, required only where every shape requires it", () => {
  const connected = z.object({ connected: z.literal(true), provider: z.string(), account_name: z.string() });
  const refused = z.object({ connected: z.literal(false), provider: z.string(), error: z.string(), error_description: z.string().optional() });
  const fields = outputFieldsOfVariants([connected, refused]);
  expect(fields.map(({ key, required }) => [key, required ?? false])).toEqual([
    ['connected', true],
    ['provider', true],
    ['account_name', false],
    ['error', false],
    ['error_description', false],
  ]);
});
