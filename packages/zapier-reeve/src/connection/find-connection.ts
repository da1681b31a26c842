/**
 * Find Connection by provider. Reeve has no "get one connection" endpoint: the search lists the brand's connections
 * (List Connections, which takes no input) and keeps the chosen provider's, answering `[]` when it was never
 * connected. Hence written here rather than by defineCatalogSearch, whose fields come from the operation's input.
 * A connection has no id of its own: within the brand the provider names it, so the result's `id` is the provider.
 */
import { Connection, EXAMPLE_SHOPIFY_CONNECTION, reeveCatalog } from '@integration-pack/core/reeve/api';
import type { Bundle, Search, ZObject } from 'zapier-platform-core';
import { recordOperation } from '../../../zapier/src/platform/factories/registry';
import { outputFieldsFrom, sampleWithFields } from '../../../zapier/src/platform/fields/output-fields';
import { LIST_KEYS, SEARCH_KEYS } from '../keys';
import { callReeve } from '../reeve';

const operation = reeveCatalog.connections.list;
recordOperation(SEARCH_KEYS.findConnection, operation.operationId);

async function perform(z: ZObject, bundle: Bundle): Promise<Record<string, unknown>[]> {
  const provider = String(bundle.inputData?.provider ?? '').trim();
  if (!provider) throw new z.errors.Error('Choose the Provider whose connection to find.', 'InvalidInput', 400);
  const { connections } = await callReeve(z, bundle, operation, {});
  return connections.filter((connection) => connection.provider === provider).map(asResult);
}

function asResult(connection: Connection): Record<string, unknown> {
  return { id: connection.provider, ...connection };
}

const { sample, outputFields } = sampleWithFields([{ key: 'id', label: 'ID (the provider)', type: 'string', required: true }, ...outputFieldsFrom(Connection)], asResult(EXAMPLE_SHOPIFY_CONNECTION));

export default {
  key: SEARCH_KEYS.findConnection,
  noun: 'Connection',
  display: { label: 'Find Connection', description: "Finds the brand's connection to a provider, with its status and account name." },
  operation: {
    inputFields: [
      { key: 'provider', label: 'Provider', required: true, dynamic: `${LIST_KEYS.providers}.id.label`, helpText: 'The provider whose connection to find (nothing is found when it was never connected).' },
    ],
    perform,
    sample,
    outputFields,
  },
} satisfies Search & { operation: { perform: typeof perform } };
