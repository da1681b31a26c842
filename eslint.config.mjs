// Lint for the workspace's own TypeScript. The n8n packages have their own config (n8n's strict community rules).
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '**/lib/**', 'packages/n8n-nodes-reevo/**', 'packages/n8n-nodes-reeve/**', '**/*.js', '**/*.mjs', '**/*.cjs', '**/.build/**', 'bench/results/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
      // `import { z }` takes zod's whole namespace object, so bundlers keep every locale (about 270 KB): the Zapier
      // app and n8n package loaded twice as slowly. `import * as z` lets them drop what is unused.
      'no-restricted-syntax': ['error', { selector: "ImportDeclaration[source.value='zod'] > ImportSpecifier[imported.name='z']", message: "Write `import * as z from 'zod'`: the named `z` import bundles all of zod's locales." }],
    },
  },
);
