// GitHub's own signer and verifier (@octokit/webhooks-methods is ESM-only, and jest runs these tests as CommonJS):
// reads {op, secret, body, signature} as JSON on stdin and prints the library's answer as JSON.
import { sign, verify } from '@octokit/webhooks-methods';

let input = '';
for await (const chunk of process.stdin) input += chunk;
const { op, secret, body, signature } = JSON.parse(input);
const answer = op === 'sign' ? await sign(secret, body) : await verify(secret, body, signature);
process.stdout.write(JSON.stringify(answer));
