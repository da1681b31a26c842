import { MAX_ATTEMPTS, RETRY_SCHEDULE_SECONDS } from '../../src/webhooks';
import { retryAfterMs, scheduledDelayMs } from '../../src/webhooks/schedule';

describe('the retry schedule', () => {
  it('is the Standard Webhooks example schedule: ten attempts over about three days', () => {
    expect(RETRY_SCHEDULE_SECONDS).toEqual([0, 5, 300, 1800, 7200, 18000, 36000, 50400, 72000, 86400]);
    expect(MAX_ATTEMPTS).toBe(10);
  });

  it('scales each step and jitters it by at most 10 % either way', () => {
    expect(scheduledDelayMs(2, 1, () => 0.5)).toBe(5000);
    expect(scheduledDelayMs(2, 1, () => 0)).toBe(4500);
    expect(scheduledDelayMs(2, 1, () => 0.999999)).toBe(5500);
    expect(scheduledDelayMs(3, 0.001, () => 0.5)).toBe(300);
    expect(scheduledDelayMs(1, 1, () => 0.9)).toBe(0);
  });

  it('has no step after the tenth attempt', () => {
    expect(scheduledDelayMs(10, 1, () => 0.5)).toBe(86_400_000);
    expect(scheduledDelayMs(11, 1, () => 0.5)).toBeNull();
  });
});

describe('retryAfterMs', () => {
  const now = new Date('2026-11-23T10:00:00Z');

  it('reads delta-seconds and HTTP dates', () => {
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs('Mon, 23 Nov 2026 10:01:00 GMT', now)).toBe(60_000);
    expect(retryAfterMs('Mon, 23 Nov 2026 09:00:00 GMT', now)).toBe(0);
  });

  it('ignores a missing or unreadable header', () => {
    expect(retryAfterMs(null, now)).toBeNull();
    expect(retryAfterMs('soon', now)).toBeNull();
  });
});
