/**
 * Request quotas per workspace ([C]: Reevo says organisations have a quota of public requests, not how it is
 * counted). A fixed window opens with the first request and lasts `windowSeconds`; every authenticated request
 * counts, except the ones refused for being over the quota.
 */
export interface QuotaSetting {
  limit: number;
  windowSeconds: number;
}

export interface QuotaStatus extends QuotaSetting {
  used: number;
  remaining: number;
  /** When the current window ends. */
  resetAt: Date;
  /** Whole seconds until the window ends (at least 1 while it is open). */
  resetInSeconds: number;
}

export type QuotaDecision = { allowed: true; status: QuotaStatus } | { allowed: false; status: QuotaStatus };

/** From this share of the quota used on, responses carry `X-Reevo-Quota-Warning`. */
export const QUOTA_WARNING_RATIO = 0.8;

interface Window {
  startMs: number;
  used: number;
}

export class QuotaMeter {
  private window: Window | null = null;

  constructor(readonly setting: QuotaSetting) {}

  /** Counts one request at `nowMs`, or refuses it when the window is full. */
  consume(nowMs: number): QuotaDecision {
    const window = this.currentWindow(nowMs);
    if (window.used >= this.setting.limit) return { allowed: false, status: this.status(window, nowMs) };
    window.used += 1;
    return { allowed: true, status: this.status(window, nowMs) };
  }

  private currentWindow(nowMs: number): Window {
    const lengthMs = this.setting.windowSeconds * 1000;
    if (!this.window || nowMs >= this.window.startMs + lengthMs || nowMs < this.window.startMs) {
      this.window = { startMs: nowMs, used: 0 };
    }
    return this.window;
  }

  private status(window: Window, nowMs: number): QuotaStatus {
    const resetMs = window.startMs + this.setting.windowSeconds * 1000;
    return {
      ...this.setting,
      used: window.used,
      remaining: Math.max(0, this.setting.limit - window.used),
      resetAt: new Date(resetMs),
      resetInSeconds: Math.max(1, Math.ceil((resetMs - nowMs) / 1000)),
    };
  }
}

export function quotaWarning(status: QuotaStatus): string | null {
  if (status.used < status.limit * QUOTA_WARNING_RATIO) return null;
  const percent = Math.floor((status.used / status.limit) * 100);
  return `${percent}% of the request quota used (${status.used} of ${status.limit} per ${status.windowSeconds} s); it resets at ${status.resetAt.toISOString()}.`;
}
