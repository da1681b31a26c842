/**
 * What every workspace's jest project shares: ts-jest in transpile-only mode (type checks run once, in
 * `npm run typecheck`), and the `pack-source` export condition so tests run `@reevo/client` from its source.
 */
const path = require('node:path');

module.exports = function jestProject(rootDir, displayName, overrides = {}) {
  return {
    displayName,
    rootDir,
    testEnvironment: 'node',
    testEnvironmentOptions: { customExportConditions: ['pack-source', 'node', 'require', 'default'] },
    roots: ['<rootDir>/test'],
    testMatch: ['**/*.test.ts'],
    transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: path.join(rootDir, 'tsconfig.json') }] },
    ...overrides,
  };
};
