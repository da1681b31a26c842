/**
 * The address the server listens on, and whether a target is the server itself: the check that keeps a webhook
 * (or anything else the server sends) from reaching its own admin API.
 */
import { networkInterfaces } from 'node:os';
import { canonicalHost, isLoopback, isUnspecified } from './loopback';

/** As `server.address()` answers once listening, e.g. `{ address: '127.0.0.1', port: 4010 }`. */
export interface ListeningAddress {
  address: string;
  port: number;
}

export interface Target {
  /** A host name or address, in any spelling. */
  host: string;
  port: number;
}

/**
 * True when a connection to `target` would reach the server listening at `own`: its port on any loopback or
 * unspecified address (whichever loopback address it is bound to: refusing the whole port costs nothing and needs no
 * knowledge of the binding), its bound address, and, when it listens on every interface, any address of this machine.
 * A name other than localhost is not resolved here: the connect-time check sees the address it resolves to.
 */
export function isOwnAddress(target: Target, own: ListeningAddress | null): boolean {
  if (own === null || target.port !== own.port) return false;
  const host = canonicalHost(target.host);
  if (host === null) return false;
  if (isLoopback(host) || isUnspecified(host) || host === canonicalHost(own.address)) return true;
  return isUnspecified(own.address) && localAddresses().has(host);
}

function localAddresses(): Set<string> {
  const addresses = new Set<string>();
  for (const entries of Object.values(networkInterfaces())) {
    for (const entry of entries ?? []) {
      const canonical = canonicalHost(entry.address);
      if (canonical !== null) addresses.add(canonical);
    }
  }
  return addresses;
}

/** `host:port` as a URL writes it, for messages. */
export function describeTarget(target: Target): string {
  return `${target.host.includes(':') && !target.host.startsWith('[') ? `[${target.host}]` : target.host}:${target.port}`;
}
