/**
 * Every operation of the Reeve definition (docs/reeve-api.md §3, endpoints 1–9) has a step of the app, and every
 * event type a trigger: the connection operations are creates or a search; List Events feeds the triggers' samples;
 * the Webhooks operations subscribe and unsubscribe them. Fails when the definition gains one the app lacks.
 */
import { CONNECTION_EVENT_TYPES, REEVE_EVENT_TYPES, reeveCatalog, reeveCatalogEntries } from '@integration-pack/core/reeve/api';
import { operationsByKey } from '../../zapier/src/platform/factories/registry';
import { CREATE_KEYS, PROVIDER_EVENT_TRIGGER_KEYS, SEARCH_KEYS, TRIGGER_KEYS } from '../src/keys';
import { App, hookTriggers } from './helpers/definitions';

/** The operations that serve the triggers rather than a step of their own. */
const SERVING_TRIGGERS = new Set<string>([reeveCatalog.events.list.operationId, ...Object.values(reeveCatalog.webhooks).map((operation) => operation.operationId)]);

describe('Reeve catalog coverage', () => {
  const mapped = operationsByKey();
  const stepOperations = reeveCatalogEntries.map((entry) => entry.operation.operationId).filter((id) => !SERVING_TRIGGERS.has(id));

  it('covers the five connection operations with steps', () => expect(stepOperations.sort()).toEqual(['completeAuthorization', 'connectWithApiKey', 'disconnectProvider', 'getAuthorizationUrl', 'listConnections']));

  it.each(stepOperations)('%s is a create or a search of the app', (operationId) => {
    const keys = [...mapped].filter(([, id]) => id === operationId).map(([key]) => key);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(Boolean(App.creates?.[key] ?? App.searches?.[key])).toBe(true);
  });

  it('maps nothing that is not in the catalog', () => {
    for (const operationId of mapped.values()) expect(stepOperations).toContain(operationId);
  });

  it('has the actions and the search of the issue under their keys', () => {
    expect(Object.keys(App.creates ?? {}).sort()).toEqual(Object.values(CREATE_KEYS).sort());
    expect(Object.keys(App.searches ?? {})).toEqual([SEARCH_KEYS.findConnection]);
  });

  it('has an instant trigger for every provider event, and the status trigger for the lifecycle events', () => {
    const providerEvents = REEVE_EVENT_TYPES.filter((type) => !(CONNECTION_EVENT_TYPES as readonly string[]).includes(type));
    expect(Object.keys(PROVIDER_EVENT_TRIGGER_KEYS).sort()).toEqual([...providerEvents].sort());
    expect(hookTriggers.map((trigger) => trigger.key).sort()).toEqual([...Object.values(PROVIDER_EVENT_TRIGGER_KEYS), TRIGGER_KEYS.connectionStatusChanged].sort());
  });
});
