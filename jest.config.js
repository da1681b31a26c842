/** One jest run over every workspace; each project has its own jest.config.js. */
module.exports = {
  projects: ['<rootDir>/shared', '<rootDir>/packages/*', '<rootDir>/test'].filter((pattern) =>
    require('node:fs').existsSync(require('node:path').join(__dirname, pattern.replace('<rootDir>/', '').replace('/*', ''))),
  ),
};
