/**
 * The server's clock. Tests freeze it, set it, or move it forward (through `/__admin/clock`) to make keys expire,
 * quota windows roll over and timestamps predictable, without waiting.
 */
export interface ClockState {
  now: string;
  frozen: boolean;
}

export class ControllableClock {
  /** Milliseconds added to the real time while the clock runs. */
  private offsetMs = 0;
  /** The fixed time while the clock is frozen. */
  private frozenAtMs: number | null = null;

  constructor(private readonly realNow: () => number = Date.now) {}

  now(): Date {
    return new Date(this.nowMs());
  }

  nowMs(): number {
    return this.frozenAtMs ?? this.realNow() + this.offsetMs;
  }

  /** Jumps to a time; a frozen clock stays frozen there, a running one runs on from it. */
  set(at: Date): void {
    if (this.frozenAtMs !== null) this.frozenAtMs = at.getTime();
    else this.offsetMs = at.getTime() - this.realNow();
  }

  advance(seconds: number): void {
    this.set(new Date(this.nowMs() + seconds * 1000));
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
