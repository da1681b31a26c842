/**
 * Runs an ESM-only library (@octokit/webhooks-methods, @redocly/openapi-core, @n8n/scan-community-package) for a
 * test: jest runs the tests as CommonJS, which cannot load such a library, so a child Node process does, rather than
 * jest transforming node_modules. The child is a `*-child.mjs` script that answers through `answerStdin`
 * (esm-child-io.mjs): it reads the input as JSON on stdin and prints its answer as JSON.
 */
import { execFileSync } from 'node:child_process';

export interface EsmChildOptions {
  /** The child's environment (default: the test's). */
  env?: NodeJS.ProcessEnv;
}

/** Runs the child script at `script` (an absolute path) on `input` and returns its answer. */
export function runEsmChild<Answer>(script: string, input: unknown, options: EsmChildOptions = {}): Answer {
  const out = execFileSync(process.execPath, [script], {
    input: JSON.stringify(input),
    encoding: 'utf8',
    // A linted OpenAPI document's problems or a scan's report can run to megabytes.
    maxBuffer: 64 * 1024 * 1024,
    ...(options.env ? { env: options.env } : {}),
  });
  return JSON.parse(out) as Answer;
}
