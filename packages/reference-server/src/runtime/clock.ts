/**
 * The server's clock. Tests freeze it, set it, or move it forward (through `/__admin/clock`) to make keys expire,
 * quota windows roll over and timestamps predictable, without waiting.
 */
export interface ClockState {
  now: string;
  frozen: boolean;
}

/**
 * The times the clock may show [C]. Every timestamp the server writes must pass the catalog's ISO datetime schema,
 * which takes four-digit years only (a JavaScript date past 9999 prints as `+010000-…`). The last years before 10000
 * stay free so that the longest span the server adds to the clock (a quota window: at most a year; webhook retries:
 * hours) still ends within 9999; before 1970, `webhook-timestamp` (Unix seconds) would be negative.
 */
export const CLOCK_RANGE = {
  earliest: '1970-01-01T00:00:00.000Z',
  latest: '9998-01-01T00:00:00.000Z',
} as const;

const EARLIEST_MS = Date.parse(CLOCK_RANGE.earliest);
const LATEST_MS = Date.parse(CLOCK_RANGE.latest);

/** A change that would take the clock outside `CLOCK_RANGE`; the clock is left as it was. */
export class ClockRangeError extends Error {
  constructor(attempted: string) {
    super(
      `The clock must stay between ${CLOCK_RANGE.earliest} and ${CLOCK_RANGE.latest}; this change would take it to ${attempted}. ` +
        'Set a time in that range, or advance by fewer seconds.',
    );
    this.name = 'ClockRangeError';
  }
}

/** One admin change, applied as one step (`/__admin/clock`). */
export interface ClockChange {
  freeze?: boolean;
  set?: Date;
  advanceSeconds?: number;
}

export class ControllableClock {
  /** Milliseconds added to the real time while the clock runs. */
  private offsetMs = 0;
  /** The fixed time while the clock is frozen. */
  private frozenAtMs: number | null = null;
  /** Called after every jump, so what depends on the time (Reeve's token refresh) is assessed at the new time. */
  private readonly listeners: Array<() => void> = [];

  constructor(private readonly realNow: () => number = Date.now) {}

  now(): Date {
    return new Date(this.nowMs());
  }

  /** A running clock set near the end of its range stops there rather than run past it. */
  nowMs(): number {
    return this.frozenAtMs ?? Math.min(this.realNow() + this.offsetMs, LATEST_MS);
  }

  /** Jumps to a time; a frozen clock stays frozen there, a running one runs on from it. */
  set(at: Date): void {
    const ms = inRange(at.getTime());
    if (this.frozenAtMs !== null) this.frozenAtMs = ms;
    else this.offsetMs = ms - this.realNow();
    for (const listener of this.listeners) listener();
  }

  /** Runs `listener` after every jump of the clock (not as it merely runs on). */
  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  advance(seconds: number): void {
    this.set(new Date(this.nowMs() + seconds * 1000));
  }

  /**
   * Freezes, jumps (to `set`, then forward by `advanceSeconds`) and unfreezes, in that order. The target is checked
   * first, so a change that would leave the range changes nothing, not even the freezing.
   */
  change({ freeze, set, advanceSeconds }: ClockChange): void {
    const moves = set !== undefined || advanceSeconds !== undefined;
    const target = (set?.getTime() ?? this.nowMs()) + (advanceSeconds ?? 0) * 1000;
    if (moves) inRange(target);
    if (freeze === true) this.freeze();
    if (moves) this.set(new Date(target));
    if (freeze === false) this.unfreeze();
  }

  freeze(): void {
    this.frozenAtMs = this.nowMs();
  }

  unfreeze(): void {
    if (this.frozenAtMs === null) return;
    this.offsetMs = this.frozenAtMs - this.realNow();
    this.frozenAtMs = null;
  }

  /** Back to the real time, running. */
  restore(): void {
    this.offsetMs = 0;
    this.frozenAtMs = null;
  }

  state(): ClockState {
    return { now: this.now().toISOString(), frozen: this.frozenAtMs !== null };
  }
}

function inRange(ms: number): number {
  if (ms >= EARLIEST_MS && ms <= LATEST_MS) return ms;
  throw new ClockRangeError(describeTime(ms));
}

function describeTime(ms: number): string {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? 'a time beyond what a JavaScript date can hold' : date.toISOString();
}
