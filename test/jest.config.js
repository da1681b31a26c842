module.exports = require('../jest.preset')(__dirname, 'conformance', { roots: ['<rootDir>'] });
