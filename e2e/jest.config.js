/**
 * The end-to-end tests on the real platforms (`npm run test:e2e`): one file at a time, since each starts a real
 * n8n or the Zapier CLI, with timeouts sized for them. Not part of the root jest run.
 */
const jestProject = require('../jest.preset.js');

module.exports = jestProject(__dirname, 'e2e', { testTimeout: 240_000, maxWorkers: 1 });
