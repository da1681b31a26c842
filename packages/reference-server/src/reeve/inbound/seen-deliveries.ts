/**
 * The provider delivery ids already received, per connection, so that a retried or replayed delivery is answered
 * `duplicate` and emits nothing (docs/reeve-api.md §3 endpoint 10). Bounded by `reeveInboundDeliveryIds` of
 * `runtime/limits.ts`: the oldest ids are forgotten first (a Set keeps insertion order).
 */
export class SeenDeliveries {
  private seen = new Set<string>();

  constructor(private readonly capacity: number) {}

  /** True the first time this connection's delivery id is offered; false for a duplicate. */
  firstTime(connectionKey: string, deliveryId: string): boolean {
    const key = `${connectionKey}\u0000${deliveryId}`;
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    if (this.seen.size > this.capacity) {
      const oldest = this.seen.values().next().value as string;
      this.seen.delete(oldest);
    }
    return true;
  }

  clear(): void {
    this.seen = new Set();
  }
}
