// GitHub's own signer and verifier, @octokit/webhooks-methods (ESM-only: see esm-child.ts), for
// octokit-webhooks.ts: answers {op, secret, body, signature} with the library's answer.
import { sign, verify } from '@octokit/webhooks-methods';
import { answerStdin } from './esm-child-io.mjs';

await answerStdin(async ({ op, secret, body, signature }) => (op === 'sign' ? await sign(secret, body) : await verify(secret, body, signature)));
