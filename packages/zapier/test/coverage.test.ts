/** Every documented operation of docs/reevo-api.md §4 rows 1–18 has a Zapier create or search; the Webhooks ones serve the triggers. */
import { catalogEntries } from '@integration-pack/core/reevo/api';
import { operationsByKey } from '../src/platform/factories/registry';
import { App } from './helpers/definitions';

describe('catalog coverage', () => {
  const documented = catalogEntries.filter((entry) => entry.group !== 'webhooks').map((entry) => entry.operation.operationId);
  const mapped = operationsByKey();

  it('covers the 18 documented operations', () => expect(documented).toHaveLength(18));

  it.each(documented)('%s is a create or a search of the app', (operationId) => {
    const keys = [...mapped].filter(([, id]) => id === operationId).map(([key]) => key);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(Boolean(App.creates?.[key] ?? App.searches?.[key])).toBe(true);
  });

  it('maps nothing that is not in the catalog', () => {
    for (const operationId of mapped.values()) expect(documented).toContain(operationId);
  });
});
