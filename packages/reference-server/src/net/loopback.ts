/**
 * The server's one loopback policy: what counts as "this machine" for the admin API's clients and Host header, for
 * webhook targets (by name and by the address connected to), and for the address the server listens on.
 *
 * Every spelling is first put in the canonical form of the WHATWG URL parser (the one browsers and `new URL` use),
 * so that `LOCALHOST.`, `2130706433`, `0x7f000001`, `0177.0.0.1`, `127.1`, `[0:0:0:0:0:0:0:1]` and
 * `[::ffff:127.0.0.1]` are judged as the addresses they are, never by their text.
 */
import { BlockList, isIP } from 'node:net';

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

/** "This host" (RFC 1122): connecting to it reaches the local machine, and listening on it means every interface. */
const UNSPECIFIED = new BlockList();
UNSPECIFIED.addSubnet('0.0.0.0', 8, 'ipv4');
UNSPECIFIED.addAddress('::', 'ipv6');

/** The only name that means loopback wherever it is resolved (RFC 6761); `localhost.` is the same name. */
const LOOPBACK_NAME = 'localhost';

const NOT_A_HOST = /[\s/\\?#@:]/;
const IPV4_MAPPED = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/;

/**
 * A host name or address in one spelling: lower case, no IPv6 brackets, no trailing root dot, IPv4 in dotted
 * decimal (an IPv4-mapped IPv6 address becomes the IPv4 address it carries). Null when `host` is not a host at all
 * (it holds a port, a path, a user name or spaces).
 */
export function canonicalHost(host: string): string | null {
  const bracketless = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
  // A link-local zone (`fe80::1%eth0`) names an interface, not a different address; the URL parser refuses it.
  const bare = isIP(bracketless) === 6 ? bracketless.replace(/%.*$/, '') : bracketless;
  if (isIP(bare) === 6) return unmapIPv4(new URL(`http://[${bare}]/`).hostname.slice(1, -1));
  if (bare === '' || NOT_A_HOST.test(bare)) return null;
  let hostname: string;
  try {
    hostname = new URL(`http://${bare}/`).hostname;
  } catch {
    return null;
  }
  return hostname.endsWith('.') ? hostname.slice(0, -1) : hostname;
}

function unmapIPv4(ipv6: string): string {
  const mapped = IPV4_MAPPED.exec(ipv6);
  if (!mapped) return ipv6;
  const high = Number.parseInt(mapped[1] ?? '0', 16);
  const low = Number.parseInt(mapped[2] ?? '0', 16);
  return [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.');
}

function inList(list: BlockList, host: string): boolean {
  const family = isIP(host);
  return family !== 0 && list.check(host, family === 4 ? 'ipv4' : 'ipv6');
}

/** True for `localhost` and any address in 127.0.0.0/8 or ::1, in any spelling; false for anything else, undefined included. */
export function isLoopback(host: string | undefined): boolean {
  if (host === undefined) return false;
  const canonical = canonicalHost(host);
  return canonical !== null && (canonical === LOOPBACK_NAME || inList(LOOPBACK, canonical));
}

/** True for 0.0.0.0/8 and `::` in any spelling: "any interface" when listening, the local machine when connecting. */
export function isUnspecified(host: string): boolean {
  const canonical = canonicalHost(host);
  return canonical !== null && inList(UNSPECIFIED, canonical);
}
