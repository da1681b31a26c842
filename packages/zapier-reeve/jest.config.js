module.exports = require('../../jest.preset')(__dirname, 'reeve-zapier', {
  // Tests talk to a reference server over loopback and wait for its webhook deliveries.
  testTimeout: 30000,
});
