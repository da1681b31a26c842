/**
 * The suite covers every operation and every error row: adding an operation to the catalog (or a row to docs/reevo-api.md
 * §3) without its conformance scenario fails here, not silently.
 */
import { catalogEntries, operations } from '@reevo/client';
import App from '../../packages/zapier/src/index';
import { operationsByKey } from '../../packages/zapier/src/platform/factories/registry';
import { resources } from '../../packages/n8n-nodes-reevo/nodes/Reevo/actions/resources';
import { apiToolsOf } from '../../packages/mcp-server/src/tools/api-tools';
import { toolName } from '../../packages/mcp-server/src/tools/tool-name';
import { reevoApi } from '@integration-pack/core/reevo/api';
import { OPERATION_NAMES, type OperationNames } from '../operation-names';
import { ERROR_ROWS } from './error-rows';
import { HAPPY_PATHS } from './happy-paths';

describe('conformance coverage', () => {
  it('has a happy path for each of the 22 operations and nothing else', () => {
    expect(Object.keys(HAPPY_PATHS).sort()).toEqual(operations.map((operation) => operation.operationId).sort());
    expect(Object.keys(HAPPY_PATHS)).toHaveLength(22);
  });

  it('has a scenario for each error row of docs/reevo-api.md §3 and the framework errors', () => {
    expect(Object.keys(ERROR_ROWS).sort()).toEqual(
      ['business rule', 'conflict', 'expired key', 'missing permission', 'quota exceeded', 'record not found', 'request validation', 'unknown key', 'unknown method', 'unknown path'].sort(),
    );
  });
});

describe('one operation, its name in each layer (test/operation-names.ts)', () => {
  const table: Record<string, OperationNames> = OPERATION_NAMES;
  const n8nNames = Object.entries(resources).flatMap(([resource, { operations: choices }]) =>
    Object.entries(choices).map(([operation, choice]) => ({ name: `${resource}/${operation}`, operationId: choice.module.call.spec.operationId })),
  );
  const zapierKeys = [...operationsByKey()].map(([key, operationId]) => ({ key, operationId }));

  it('names every operation of the catalog, and nothing else', () => {
    expect(Object.keys(table).sort()).toEqual(operations.map((operation) => operation.operationId).sort());
  });

  it.each(catalogEntries.map((entry) => [entry.operation.operationId, entry] as const))('%s: the client method', (operationId, entry) => {
    expect(table[operationId]?.client).toBe(`${entry.group}.${entry.name}`);
  });

  it.each(Object.entries(table))('%s: the n8n operation', (operationId, names) => {
    const named = n8nNames.filter((candidate) => candidate.operationId === operationId).map((candidate) => candidate.name);
    expect(named).toEqual(typeof names.n8n === 'string' ? [names.n8n] : []);
  });

  it.each(Object.entries(table))('%s: the Zapier create or search', (operationId, names) => {
    const keys = zapierKeys.filter((candidate) => candidate.operationId === operationId).map((candidate) => candidate.key);
    expect(keys).toEqual(typeof names.zapier === 'string' ? [names.zapier] : []);
    for (const key of keys) expect(Boolean(App.creates?.[key] ?? App.searches?.[key])).toBe(true);
  });

  const mcpTools = apiToolsOf(reevoApi, 'reevo');
  it.each(Object.entries(table))('%s: the MCP tool, named after the client method', (operationId, names) => {
    const [group = '', method = ''] = names.client.split('.');
    expect(mcpTools.filter((tool) => tool.operation.operationId === operationId).map((tool) => tool.name)).toEqual([toolName('reevo', group, method)]);
  });
});
