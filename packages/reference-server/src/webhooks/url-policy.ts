/**
 * Where the reference server may send webhooks. By default only to this machine (the Standard Webhooks advice
 * against SSRF, and the only place our test machines can reach); other hosts must be named when the server starts.
 * Never to the server itself, in any spelling: a webhook must not be able to drive the admin API.
 *
 * Two checks, one policy: `isAllowedWebhookUrl` judges the URL (when a subscription is made and before every
 * attempt), and `checkConnectedAddress` judges the address a name resolved to, at connect time (the delivery
 * transport's lookup hook), so that no name, however spelled or resolved, reaches what its URL did not show.
 */
import { canonicalHost, isLoopback, isUnspecified } from '../net/loopback';
import { describeTarget, isOwnAddress, type ListeningAddress } from '../net/own-address';

const SELF_FIX = 'Point the webhook at a receiver of its own, on another port (the testing kit has startWebhookReceiver()).';

/**
 * Null when deliveries may go to `url`, else a message saying why not and how to fix it. http is allowed only
 * on loopback; https on loopback, or on a host listed in `allowHosts` (exact host names, any case). `ownAddress`
 * is where the server listens (null before it does).
 */
export function isAllowedWebhookUrl(url: string, allowHosts: readonly string[] = [], ownAddress: ListeningAddress | null = null): string | null {
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
  const host = canonicalHost(parsed.hostname) ?? parsed.hostname;
  const target = { host, port: portOf(parsed) };
  if (isOwnAddress(target, ownAddress)) {
    return `The webhook url points at the reference server itself (${describeTarget(target)}), which is refused so that no webhook can reach its admin API. ${SELF_FIX}`;
  }
  if (isLoopback(host)) return null;
  if (parsed.protocol === 'http:') {
    return `The webhook url must use https when it points outside this machine (${host}); plain http is accepted only for 127.0.0.1, ::1 and localhost.`;
  }
  if (isAllowedHost(host, allowHosts)) return null;
  return (
    `The reference server delivers webhooks only to this machine (127.0.0.0/8, ::1, localhost), and ${host} is not allowed. ` +
    `Start the server with --allow-webhook-host ${host} to deliver there, or point the webhook at a local receiver.`
  );
}

/** An attempt's destination once its name is resolved: the name in the URL, the address and port connected to. */
export interface ConnectTarget {
  hostname: string;
  address: string;
  port: number;
}

/**
 * Null when the transport may connect to `target.address`, else why not. The server itself and the unspecified
 * address are refused whatever name led there; a loopback address is allowed; any other address only when the URL
 * named a host the server was started with (`localhost.` resolving to another machine is refused here).
 */
export function checkConnectedAddress(target: ConnectTarget, allowHosts: readonly string[] = [], ownAddress: ListeningAddress | null = null): string | null {
  const resolved = { host: target.address, port: target.port };
  const via = canonicalHost(target.hostname) === canonicalHost(target.address) ? '' : `${target.hostname} resolved to ${target.address}, and `;
  if (isOwnAddress(resolved, ownAddress)) {
    return `${via}${describeTarget(resolved)} is the reference server itself, which is refused so that no webhook can reach its admin API. ${SELF_FIX}`;
  }
  if (isUnspecified(target.address)) return `${via}${target.address} is the unspecified address, not a receiver: give the receiver's own address.`;
  if (isLoopback(target.address)) return null;
  if (isAllowedHost(canonicalHost(target.hostname) ?? target.hostname, allowHosts)) return null;
  return `${via}${target.address} is not on this machine: only hosts named with --allow-webhook-host may resolve elsewhere.`;
}

function isAllowedHost(host: string, allowHosts: readonly string[]): boolean {
  return allowHosts.some((candidate) => canonicalHost(candidate) === host);
}

function portOf(url: URL): number {
  if (url.port !== '') return Number(url.port);
  return url.protocol === 'https:' ? 443 : 80;
}
