/**
 * Deterministic identifiers: the same seed gives the same UUIDs and event ids in the same order,
 * so fixtures, snapshots and test expectations are stable. Bytes come from SHA-256 over (seed, counter), which is
 * plenty for a fake and needs nothing beyond node:crypto.
 */
import { hash } from 'node:crypto';

export interface IdGeneratorState {
  seed: string;
  counter: number;
}

export class SeededIdGenerator {
  private counter: number;

  constructor(private readonly seed: string, counter = 0) {
    this.counter = counter;
  }

  static fromState(state: IdGeneratorState): SeededIdGenerator {
    return new SeededIdGenerator(state.seed, state.counter);
  }

  state(): IdGeneratorState {
    return { seed: this.seed, counter: this.counter };
  }

  /** `length` pseudo-random bytes, the next ones in the seed's sequence. */
  bytes(length: number): Buffer {
    const chunks: Buffer[] = [];
    let total = 0;
    while (total < length) {
      // One-shot `hash` rather than a `createHash` object: every created record and event draws ids here.
      const chunk = hash('sha256', `${this.seed}:${this.counter++}`, 'buffer');
      chunks.push(chunk);
      total += chunk.length;
    }
    return Buffer.concat(chunks).subarray(0, length);
  }

  /** A number in [0, 1), e.g. for webhook retry jitter. */
  fraction(): number {
    return this.bytes(4).readUInt32BE(0) / 2 ** 32;
  }

  /** A valid UUID v4 (version and variant bits set as RFC 9562 asks). */
  uuid(): string {
    const b = this.bytes(16);
    b[6] = ((b[6] as number) & 0x0f) | 0x40;
    b[8] = ((b[8] as number) & 0x3f) | 0x80;
    const hex = b.toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }

  /** A webhook event id (`evt_` and 24 hex digits). */
  eventId(): string {
    return `evt_${this.bytes(12).toString('hex')}`;
  }
}
