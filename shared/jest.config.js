module.exports = require('../jest.preset')(__dirname, '@integration-pack/core');
