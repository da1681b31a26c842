// The QA dashboard (`dashboard/`): one browser bundle, its stylesheet and page, and the OpenAPI viewer's files, into
// `dist/dashboard/`, which `src/admin/dashboard-routes.ts` serves. Everything is bundled here: the page fetches
// nothing from outside the server at run time.
import { cpSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defineConfig } from 'tsup';

const out = 'dist/dashboard';
const swaggerUi = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));

export default defineConfig({
  entry: { app: 'dashboard/app.tsx' },
  outDir: `${out}/assets`,
  format: ['iife'],
  outExtension: () => ({ js: '.js' }),
  platform: 'browser',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  clean: true,
  dts: false,
  tsconfig: 'dashboard/tsconfig.json',
  esbuildOptions(options) {
    options.jsx = 'automatic';
    options.jsxImportSource = 'preact';
  },
  // The shell's page and stylesheet are plain files; the viewer is copied whole as its authors ship it.
  async onSuccess() {
    cpSync('dashboard/index.html', join(out, 'index.html'));
    cpSync('dashboard/app.css', join(out, 'assets', 'app.css'));
    mkdirSync(join(out, 'assets', 'swagger-ui'), { recursive: true });
    for (const file of ['swagger-ui-bundle.js', 'swagger-ui.css', 'LICENSE', 'NOTICE']) cpSync(join(swaggerUi, file), join(out, 'assets', 'swagger-ui', file));
  },
});
