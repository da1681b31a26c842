/**
 * Output fields label what Zapier shows of a step: its output flattened with `__` between nested keys. Every value a
 * sample holds has a field under that flattened key, objects of any keys (custom fields, an event's changes)
 * included, and every field names a value of the sample.
 */
import { allDefinitions, type Definition } from './helpers/definitions';

/** The sample as Zapier flattens it: nested objects' keys joined by `__`; lists and scalars are values. */
function flattenedKeys(value: unknown, prefix = ''): string[] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([key, child]) =>
    child && typeof child === 'object' && !Array.isArray(child) ? flattenedKeys(child, `${prefix}${key}__`) : [`${prefix}${key}`],
  );
}

const withSamples = allDefinitions.filter((definition) => (definition.operation as { sample?: unknown }).sample !== undefined);

describe.each(withSamples.map((definition): [string, Definition] => [definition.key, definition]))('%s', (_key, definition) => {
  const { sample, outputFields = [] } = definition.operation as { sample: unknown; outputFields?: { key: string }[] };
  const keys = outputFields.map((field) => field.key);

  it('labels every value of its sample by its flattened key', () => {
    expect(flattenedKeys(sample).filter((key) => !keys.includes(key))).toEqual([]);
  });

  it('has no two fields with one key', () => {
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
  });
});

test('custom fields and changes are flattened as Zapier flattens them', () => {
  const updatedAccount = allDefinitions.find((definition) => definition.key === 'updated_account')!;
  const fields = (updatedAccount.operation as { outputFields: { key: string; label?: string }[] }).outputFields;
  expect(fields).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ key: 'custom_fields__industry', label: 'Custom Fields Industry' }),
      expect.objectContaining({ key: 'changes__title__from', label: 'Changes Title From' }),
    ]),
  );
});
