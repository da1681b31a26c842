// Contract documents are imported as text (tsup's `text` loader in the build; this transform in tests).
const preset = require('../../jest.preset')(__dirname, '@integration-pack/mcp-server');

module.exports = {
  ...preset,
  moduleFileExtensions: ['ts', 'js', 'json', 'md'],
  transform: { ...preset.transform, '\\.md$': '<rootDir>/test/support/markdown-transform.cjs' },
};
