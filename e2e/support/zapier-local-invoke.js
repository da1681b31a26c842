// Runs one method of the staged Zapier app through the CLI's own local runner (`localAppCommand`, what
// `zapier-platform invoke` uses), for the methods `invoke` cannot reach: a hook trigger's performList ("Hook
// triggers" are a documented limitation of invoke's local mode). Run with Node 22 in the app folder:
//   node zapier-local-invoke.js <method>    with the bundle as JSON in REEVO_E2E_BUNDLE; prints the result as JSON.
'use strict';
const path = require('node:path');
const { localAppCommand } = require(path.join(__dirname, '..', 'node_modules', 'zapier-platform-cli', 'src', 'utils', 'local.js'));

const [method] = process.argv.slice(2);
const bundle = JSON.parse(process.env.REEVO_E2E_BUNDLE || '{}');

localAppCommand({ command: 'execute', method, bundle }, process.cwd())
  .then((result) => process.stdout.write(JSON.stringify(result)))
  .catch((error) => {
    process.stderr.write(`${method} failed: ${error && error.message ? error.message : String(error)}\n`);
    process.exit(1);
  });
