// Zapier's offline schema validation of the built app (what `zapier-platform validate --without-style` runs), for
// both Zapier apps: the app is the package npm runs this from (`npm run validate` in packages/zapier or zapier-reeve).
const zapier = require('zapier-platform-core');
const App = require(process.cwd());

zapier
  .createAppHandler(App)({ command: 'validate' })
  .then((response) => {
    const results = response.results ?? [];
    if (results.length) {
      console.error(JSON.stringify(results, null, 2));
      process.exit(1);
    }
    console.error('The built app passes Zapier\'s schema validation.');
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
