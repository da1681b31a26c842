/**
 * The suite covers every operation and every error row: adding an operation to the catalog (or a row to API.md
 * §3) without its conformance scenario fails here, not silently.
 */
import { operations } from '@reevo/client';
import { ERROR_ROWS } from './error-rows';
import { HAPPY_PATHS } from './happy-paths';

describe('conformance coverage', () => {
  it('has a happy path for each of the 22 operations and nothing else', () => {
    expect(Object.keys(HAPPY_PATHS).sort()).toEqual(operations.map((operation) => operation.operationId).sort());
    expect(Object.keys(HAPPY_PATHS)).toHaveLength(22);
  });

  it('has a scenario for each error row of API.md §3 and the framework errors', () => {
    expect(Object.keys(ERROR_ROWS).sort()).toEqual(
      ['business rule', 'conflict', 'expired key', 'missing permission', 'quota exceeded', 'record not found', 'request validation', 'unknown key', 'unknown method', 'unknown path'].sort(),
    );
  });
});
