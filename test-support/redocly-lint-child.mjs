// Redocly's own linter with its `recommended` ruleset (@redocly/openapi-core is ESM-only: see esm-child.ts), for
// redocly-lint.ts: answers an OpenAPI document with each problem. No config file is read and nothing is fetched: the
// document is linted from a string, so the run is offline.
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { answerStdin } from './esm-child-io.mjs';

await answerStdin(async (document) => {
  const config = await createConfig({ extends: ['recommended'] });
  const problems = await lintFromString({ source: JSON.stringify(document), absoluteRef: 'openapi.json', config });
  return problems.map((problem) => ({ rule: problem.ruleId, severity: problem.severity, message: problem.message, at: problem.location.map((location) => location.pointer) }));
});
