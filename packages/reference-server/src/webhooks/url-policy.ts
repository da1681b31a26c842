/**
 * Where the reference server may send webhooks. By default only to this machine (the Standard Webhooks advice
 * against SSRF, and the only place our test machines can reach); other hosts must be named when the server starts.
 */
import { BlockList, isIPv4, isIPv6 } from 'node:net';

const loopback = new BlockList();
loopback.addSubnet('127.0.0.0', 8, 'ipv4');
loopback.addAddress('::1', 'ipv6');

/** A host without IPv6 brackets or a trailing root dot, lower-cased, so `[::1]` and `LOCALHOST.` compare equal. */
function normaliseHost(host: string): string {
  return host.replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '').toLowerCase();
}

export function isLoopbackHost(host: string): boolean {
  if (host === 'localhost') return true;
  if (isIPv4(host)) return loopback.check(host, 'ipv4');
  // BlockList also matches IPv4-mapped addresses such as ::ffff:127.0.0.1.
  if (isIPv6(host)) return loopback.check(host, 'ipv6');
  return false;
}

/**
 * Null when deliveries may go to `url`, else a message saying why not and how to fix it. http is allowed only
 * on loopback; https on loopback, or on a host listed in `allowHosts` (exact host names, any case).
 */
export function isAllowedWebhookUrl(url: string, allowHosts: readonly string[] = []): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `The webhook url ${JSON.stringify(url)} is not an absolute URL: give one such as https://hooks.example.com/reevo or http://127.0.0.1:8080/hook.`;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    return `The webhook url must use https (or http on this machine), not ${parsed.protocol.replace(/:$/, '')}.`;
  }
  if (parsed.username !== '' || parsed.password !== '') {
    return 'The webhook url must not carry a user name or password: every delivery is signed instead, verify the signature.';
  }
  const host = normaliseHost(parsed.hostname);
  if (isLoopbackHost(host)) return null;
  if (parsed.protocol === 'http:') {
    return `The webhook url must use https when it points outside this machine (${host}); plain http is accepted only for 127.0.0.1, ::1 and localhost.`;
  }
  const allowed = allowHosts.some((candidate) => normaliseHost(candidate) === host);
  if (allowed) return null;
  return (
    `The reference server delivers webhooks only to this machine (127.0.0.0/8, ::1, localhost), and ${host} is not allowed. ` +
    `Start the server with --allow-webhook-host ${host} to deliver there, or point the webhook at a local receiver.`
  );
}
