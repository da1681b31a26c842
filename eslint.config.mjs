// Lint for the workspace's own TypeScript. The n8n package has its own config (n8n's strict community rules).
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '**/lib/**', 'packages/n8n-nodes-reevo/**', '**/*.js', '**/*.mjs', '**/*.cjs', '**/.build/**', 'bench/results/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
);
