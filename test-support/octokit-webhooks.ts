/** Runs `@octokit/webhooks-methods` in a child Node process (it is ESM-only: see esm-child.ts). */
import path from 'node:path';
import { runEsmChild } from './esm-child';

function octokit<Answer>(input: { op: 'sign' | 'verify'; secret: string; body: string; signature?: string }): Answer {
  return runEsmChild<Answer>(path.join(__dirname, 'octokit-webhooks-child.mjs'), input);
}

export const octokitSign = (secret: string, body: string) => octokit<string>({ op: 'sign', secret, body });
export const octokitVerify = (secret: string, body: string, signature: string) => octokit<boolean>({ op: 'verify', secret, body, signature });
