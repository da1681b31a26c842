/**
 * What the n8n packages' bundled code sees as `globalThis` (tsup.config.mjs: esbuild's `define` plus `inject`).
 * n8n's verification scan forbids `globalThis` in what ships, and the only user is zod, which keeps its global config
 * and schema registry there so that copies of zod in one process share them. Our copy is bundled for our nodes alone:
 * with this object it keeps its config and registry to itself, untouched by n8n's own zod or another package's.
 * Code that needs a real global (fetch, crypto) must import it instead; the scan test catches any new use.
 */
export const bundleGlobals: Record<string, unknown> = {};
