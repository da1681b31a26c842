module.exports = require('../../jest.preset')(__dirname, '@reevo/client');
