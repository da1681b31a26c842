/**
 * Promises that resolve when a condition over changing state holds, re-checked on every `notify()`: how tests
 * wait for deliveries and received events without polling or fixed sleeps.
 */
export class ConditionWaiters {
  private readonly listeners = new Set<() => void>();

  notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  /**
   * Resolves with the first value `check` returns other than undefined. Rejects after `timeoutMs` (when given)
   * with the message `describeTimeout` builds then, so a failing test says what it was still waiting for.
   */
  until<T>(check: () => T | undefined, timeoutMs?: number, describeTimeout?: () => string): Promise<T> {
    const ready = check();
    if (ready !== undefined) return Promise.resolve(ready);
    return new Promise<T>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      const listener = (): void => {
        const value = check();
        if (value === undefined) return;
        this.listeners.delete(listener);
        if (timer) clearTimeout(timer);
        resolve(value);
      };
      this.listeners.add(listener);
      if (timeoutMs !== undefined) {
        timer = setTimeout(() => {
          this.listeners.delete(listener);
          reject(new Error(describeTimeout ? describeTimeout() : `Timed out after ${timeoutMs} ms.`));
        }, timeoutMs);
      }
    });
  }
}
