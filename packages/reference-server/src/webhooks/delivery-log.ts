/**
 * The delivery log: every delivery by id, oldest first, bounded (the oldest finished deliveries leave first; only if
 * all are pending does the oldest pending one fail and leave), paged for the admin API, and the deleted
 * subscriptions it still holds deliveries of (redelivery refuses those). Delivery ids are made here.
 */
import { formatLimit } from '../runtime/limits';
import { selectPage, type PageRequest } from '../runtime/paging';
import type { Entry } from './lanes';
import type { DeliveryFilter, WebhookDelivery } from './types';

export class DeliveryLog {
  private readonly entries = new Map<string, Entry>();
  private readonly deletedSubscriptions = new Set<string>();
  private count = 0;

  /**
   * @param dropPending fails a pending delivery pushed out of a full log with the reason given, and stops its attempt.
   */
  constructor(
    readonly maxEntries: number,
    private readonly dropPending: (entry: Entry, reason: string) => void,
  ) {}

  newDeliveryId(): string {
    this.count += 1;
    return `dlv_${String(this.count).padStart(6, '0')}`;
  }

  add(entry: Entry): void {
    this.entries.set(entry.delivery.id, entry);
    this.prune();
  }

  get(deliveryId: string): Entry | undefined {
    return this.entries.get(deliveryId);
  }

  matching(filter: DeliveryFilter = {}): Entry[] {
    return [...this.entries.values()].filter(
      ({ delivery }) =>
        (filter.workspaceId === undefined || delivery.workspaceId === filter.workspaceId) &&
        (filter.subscriptionId === undefined || delivery.subscriptionId === filter.subscriptionId),
    );
  }

  /** The matching deliveries as copies, oldest first; with a page request, only that page. */
  list(filter?: DeliveryFilter, page?: PageRequest): WebhookDelivery[] {
    const entries = this.matching(filter);
    return page ? selectPage(entries.map(({ delivery }) => delivery), page).map((delivery) => structuredClone(delivery)) : entries.map(copy);
  }

  markDeleted(subscriptionId: string): void {
    this.deletedSubscriptions.add(subscriptionId);
    if (this.deletedSubscriptions.size > this.maxEntries) this.forgetDeletedWithoutDeliveries();
  }

  isDeleted(subscriptionId: string): boolean {
    return this.deletedSubscriptions.has(subscriptionId);
  }

  /** Forgets every delivery and restarts delivery ids (admin reset). */
  clear(): void {
    this.entries.clear();
    this.deletedSubscriptions.clear();
    this.count = 0;
  }

  private prune(): void {
    if (this.entries.size <= this.maxEntries) return;
    for (const [id, entry] of this.entries) {
      if (this.entries.size <= this.maxEntries) return;
      if (entry.delivery.state !== 'pending') this.entries.delete(id);
    }
    for (const [id, entry] of this.entries) {
      if (this.entries.size <= this.maxEntries) return;
      this.dropPending(entry, `Dropped: the delivery log holds at most ${formatLimit(this.maxEntries)} deliveries (delivery_log_entries) and every one was pending.`);
      this.entries.delete(id);
    }
  }

  /** Deleted subscriptions matter only while the log holds one of their deliveries. */
  private forgetDeletedWithoutDeliveries(): void {
    const logged = new Set([...this.entries.values()].map((entry) => entry.delivery.subscriptionId));
    for (const id of this.deletedSubscriptions) if (!logged.has(id)) this.deletedSubscriptions.delete(id);
  }
}

export function copy(entry: Entry): WebhookDelivery {
  return structuredClone(entry.delivery);
}
