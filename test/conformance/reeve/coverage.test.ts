/**
 * Reeve's suite covers every operation of the catalog and every endpoint of docs/reeve-api.md §3 that has error
 * rows: adding an operation (or an endpoint's errors) without its scenario fails here, not silently. (Authentication
 * is checked on every operation by construction: authentication.ts makes its requests from the catalog.)
 */
import { reeveApi, reeveOperations } from '@integration-pack/core/reeve/api';
import { apiToolsOf } from '../../../packages/mcp-server/src/tools/api-tools';
import { SESSION_ERROR_ROWS } from './error-rows';
import { HAPPY_PATHS } from './happy-paths';

describe('Reeve conformance coverage', () => {
  it('has a success scenario for each of the 9 operations and nothing else', () => {
    expect(Object.keys(HAPPY_PATHS).sort()).toEqual(reeveOperations.map((operation) => operation.operationId).sort());
    expect(Object.keys(HAPPY_PATHS)).toHaveLength(9);
  });

  it('has session-only error rows for every endpoint of §3 whose errors need no admin (4 and 8 have none)', () => {
    const endpoints = new Set(Object.keys(SESSION_ERROR_ROWS).map((row) => Number(row.split(' ')[0])).filter((n) => !Number.isNaN(n)));
    expect([...endpoints].sort((a, b) => a - b)).toEqual([1, 2, 3, 5, 6, 7, 9, 10]);
  });

  it('has an MCP tool for each operation, and nothing else', () => {
    expect(apiToolsOf(reeveApi, 'reeve').map((tool) => tool.operation.operationId).sort()).toEqual(reeveOperations.map((operation) => operation.operationId).sort());
  });
});
