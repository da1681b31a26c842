/** Runs `@octokit/webhooks-methods` in a child Node process (see octokit-webhooks-child.mjs for why). */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

function octokit(input: { op: 'sign' | 'verify'; secret: string; body: string; signature?: string }): unknown {
  const out = execFileSync(process.execPath, [path.join(__dirname, 'octokit-webhooks-child.mjs')], { input: JSON.stringify(input), encoding: 'utf8' });
  return JSON.parse(out) as unknown;
}

export const octokitSign = (secret: string, body: string) => octokit({ op: 'sign', secret, body }) as string;
export const octokitVerify = (secret: string, body: string, signature: string) => octokit({ op: 'verify', secret, body, signature }) as boolean;
