// Redocly's own linter with its `recommended` ruleset (@redocly/openapi-core is ESM-only, and jest runs these tests
// as CommonJS): reads an OpenAPI document as JSON on stdin and prints each problem as JSON. No config file is read and
// nothing is fetched: the document is linted from the string, so the run is offline.
import { createConfig, lintFromString } from '@redocly/openapi-core';

let source = '';
for await (const chunk of process.stdin) source += chunk;
const config = await createConfig({ extends: ['recommended'] });
const problems = await lintFromString({ source, absoluteRef: 'openapi.json', config });
process.stdout.write(
  JSON.stringify(problems.map((problem) => ({ rule: problem.ruleId, severity: problem.severity, message: problem.message, at: problem.location.map((location) => location.pointer) }))),
);
