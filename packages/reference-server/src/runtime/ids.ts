/**
 * Deterministic identifiers: the same seed gives the same UUIDs and event ids in the same order,
 * so fixtures, snapshots and test expectations are stable. Digits come from SHA-256 over (seed, counter), which is
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

  /**
   * `count` pseudo-random hex digits, the next ones in the seed's sequence (64 per counter step). Hex straight from
   * the one-shot `hash` is about three times cheaper than Buffers, and every created record and event draws ids.
   */
  private hexDigits(count: number): string {
    let digits = '';
    while (digits.length < count) digits += hash('sha256', `${this.seed}:${this.counter++}`, 'hex');
    return digits.slice(0, count);
  }

  /** A number in [0, 1), e.g. for webhook retry jitter. */
  fraction(): number {
    return Number.parseInt(this.hexDigits(8), 16) / 2 ** 32;
  }

  /** A valid UUID v4: the version nibble is 4 and the variant bits are 10, as RFC 9562 asks. */
  uuid(): string {
    const hex = this.hexDigits(32);
    const variant = ((Number.parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20)}`;
  }

  /** A webhook event id (`evt_` and 24 hex digits). */
  eventId(): string {
    return `evt_${this.hexDigits(24)}`;
  }
}
