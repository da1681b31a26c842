/**
 * What a transport throws when a request got no answer. It carries only a message and a code, never the request
 * (whose headers hold the credentials); the client turns it into the definition's own network error.
 */
export type TransportFailureKind = 'timeout' | 'cancelled' | 'unreachable';

export class TransportError extends Error {
  readonly kind: TransportFailureKind;
  readonly code: string | undefined;
  /** The timeout that ran out, for `timeout`. */
  readonly timeoutMs: number | undefined;
  constructor(kind: TransportFailureKind, message: string, details: { code?: string; timeoutMs?: number } = {}) {
    super(message);
    this.name = 'TransportError';
    this.kind = kind;
    this.code = details.code;
    this.timeoutMs = details.timeoutMs;
  }
}
