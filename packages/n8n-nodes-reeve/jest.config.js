module.exports = require('../../jest.preset')(__dirname, 'n8n-nodes-reeve', {
  // n8n-core keeps timers and sockets open after a workflow run; the engine tests end them explicitly where they can.
  testTimeout: 30000,
});
