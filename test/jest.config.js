const base = require('../jest.preset')(__dirname, 'conformance', { roots: ['<rootDir>'] });

/**
 * `@octokit/webhooks-methods` (GitHub's own signer, which Reeve's suite signs deliveries with) ships only as ESM, and
 * jest runs these tests as CommonJS: its one file is mapped by path and compiled to CommonJS like the tests are.
 */
const GITHUB_WEBHOOKS = '@octokit/webhooks-methods';
module.exports = {
  ...base,
  moduleNameMapper: { [`^${GITHUB_WEBHOOKS}$`]: `<rootDir>/../node_modules/${GITHUB_WEBHOOKS}/dist-node/index.js` },
  transform: { ...base.transform, [`/${GITHUB_WEBHOOKS}/.+\\.js$`]: ['ts-jest', { tsconfig: { allowJs: true, module: 'commonjs', target: 'es2022' } }] },
  transformIgnorePatterns: [`/node_modules/(?!${GITHUB_WEBHOOKS}/)`],
};
