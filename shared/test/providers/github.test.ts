/** GitHub's webhook scheme (docs/reeve-api.md §5) against GitHub's documented vector and its own library. */
import { GITHUB_WEBHOOK_HEADERS, gitHubSignature, signGitHubWebhook, verifyGitHubWebhook, type InboundRequest } from '../../src/providers';
import { octokitSign, octokitVerify } from '../../../test-support/octokit-webhooks';

const SECRET = "It's a Secret to Everybody";
const BODY = 'Hello, World!';
const DOCUMENTED = 'sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17';

function delivery(body = BODY, secret = SECRET): InboundRequest {
  return { headers: signGitHubWebhook({ secret, rawBody: body, event: 'push', deliveryId: '72d3162e-cc78-11e3-81ab-4c9367dc0958', hookId: '42' }), rawBody: Buffer.from(body) };
}

describe('GitHub webhook signatures', () => {
  it("gives GitHub's documented signature for its test vector", () => {
    expect(gitHubSignature(SECRET, BODY)).toBe(DOCUMENTED);
  });

  it("signs as @octokit/webhooks-methods does, and each side verifies the other's", () => {
    const body = JSON.stringify({ ref: 'refs/heads/main', commits: [{ message: 'déjà vu ✓' }] });
    expect(gitHubSignature('hook secret', body)).toBe(octokitSign('hook secret', body));
    expect(octokitVerify('hook secret', body, gitHubSignature('hook secret', body))).toBe(true);
    const headers = { 'x-hub-signature-256': octokitSign('hook secret', body), 'x-github-delivery': 'd-1', 'x-github-event': 'pull_request' };
    expect(verifyGitHubWebhook({ headers, rawBody: body }, 'hook secret')).toEqual({ ok: true, deliveryId: 'd-1', topic: 'pull_request' });
  });

  it('reads the delivery id and the event from their headers, in any case', () => {
    const request = delivery();
    const lowered = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name.toLowerCase(), value]));
    expect(verifyGitHubWebhook({ headers: lowered, rawBody: request.rawBody }, SECRET)).toEqual({ ok: true, deliveryId: '72d3162e-cc78-11e3-81ab-4c9367dc0958', topic: 'push' });
  });

  it('refuses a delivery without the signature header, naming it', () => {
    const { [GITHUB_WEBHOOK_HEADERS.signature]: _dropped, ...headers } = delivery().headers as Record<string, string>;
    const result = verifyGitHubWebhook({ headers, rawBody: BODY }, SECRET);
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('The X-Hub-Signature-256 header is missing') });
  });

  it('refuses a signature made with another secret', () => {
    const result = verifyGitHubWebhook(delivery(BODY, 'another secret'), SECRET);
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('X-Hub-Signature-256 header does not match the body') });
  });

  it('refuses a body parsed and serialised again, though it means the same', () => {
    const sent = '{"action": "opened",  "number": 1}';
    const request = delivery(sent);
    const reserialised = JSON.stringify(JSON.parse(sent));
    expect(verifyGitHubWebhook(request, SECRET).ok).toBe(true);
    expect(verifyGitHubWebhook({ ...request, rawBody: reserialised }, SECRET).ok).toBe(false);
  });

  it('refuses the legacy sha1 form and a repeated signature header', () => {
    const request = delivery();
    expect(verifyGitHubWebhook({ ...request, headers: { ...request.headers, [GITHUB_WEBHOOK_HEADERS.signature]: 'sha1=0123' } }, SECRET)).toEqual({
      ok: false,
      reason: expect.stringContaining('legacy sha1'),
    });
    const signature = request.headers[GITHUB_WEBHOOK_HEADERS.signature] as string;
    expect(verifyGitHubWebhook({ ...request, headers: { ...request.headers, [GITHUB_WEBHOOK_HEADERS.signature]: [signature, signature] } }, SECRET)).toEqual({
      ok: false,
      reason: expect.stringContaining('sent more than once'),
    });
  });

  it('refuses a signed delivery without its delivery id, which duplicates are dropped by', () => {
    const { [GITHUB_WEBHOOK_HEADERS.delivery]: _dropped, ...headers } = delivery().headers as Record<string, string>;
    expect(verifyGitHubWebhook({ headers, rawBody: BODY }, SECRET)).toEqual({ ok: false, reason: expect.stringContaining('X-GitHub-Delivery header is missing') });
  });
});
