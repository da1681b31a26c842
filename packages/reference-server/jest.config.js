module.exports = require('../../jest.preset')(__dirname, '@reevo/reference-server');
