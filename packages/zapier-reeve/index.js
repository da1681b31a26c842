// The Zapier CLI and runtime load the app from here: the bundle tsup builds from src/index.ts.
module.exports = require('./dist/index.js').default;
