// One build for both Zapier apps: packages/zapier/scripts/app-build.mjs says what it bundles and why.
export { default } from './scripts/app-build.mjs';
