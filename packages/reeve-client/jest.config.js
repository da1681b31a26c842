module.exports = require('../../jest.preset')(__dirname, '@reeve/client');
