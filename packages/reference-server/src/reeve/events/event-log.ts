/**
 * The SystemEvents of every Reeve user, newest last, bounded twice: by the 7-day window of endpoint 6 on the
 * server's clock, and by `reeveEvents` of `runtime/limits.ts` (the oldest go first), so that a long-running QA
 * server does not grow without end. Lists answer newest first.
 */
import type { ProviderSlug, ReeveEventType } from '@integration-pack/core/reeve/api';
import { SeededIdGenerator } from '../../runtime/ids';
import { EVENT_WINDOW_MS, type StoredSystemEvent, type SystemEvent } from './system-event';

export interface EventQuery {
  userId: string;
  brandId: string;
  type?: ReeveEventType;
  provider?: ProviderSlug;
  limit: number;
}

const ID_SEED = 'reeve-system-events';

export class SystemEventLog {
  private events: StoredSystemEvent[] = [];
  private ids = new SeededIdGenerator(ID_SEED);

  constructor(
    private readonly capacity: number,
    private readonly now: () => Date,
  ) {}

  /** Records an event received now, and answers it with its id. */
  record(userId: string, fields: Omit<SystemEvent, 'id' | 'received_at'>): SystemEvent {
    const event: SystemEvent = { id: this.ids.eventId(), ...fields, received_at: this.now().toISOString() };
    this.events.push({ userId, event });
    this.dropExpired();
    if (this.events.length > this.capacity) this.events.splice(0, this.events.length - this.capacity);
    return event;
  }

  /** The user's events in the brand, newest first, within the window, filtered by type and provider. */
  list(query: EventQuery): SystemEvent[] {
    return this.newestMatching(
      query.limit,
      (userId, event) =>
        userId === query.userId &&
        event.brand_id === query.brandId &&
        (query.type === undefined || event.type === query.type) &&
        (query.provider === undefined || event.provider === query.provider),
    );
  }

  /** The user's events in every brand, newest first, within the window, at most `limit` (the admin API's view). */
  listOfUser(userId: string, limit: number): SystemEvent[] {
    return this.newestMatching(limit, (owner) => owner === userId);
  }

  private newestMatching(limit: number, wanted: (userId: string, event: SystemEvent) => boolean): SystemEvent[] {
    const since = this.now().getTime() - EVENT_WINDOW_MS;
    const matching: SystemEvent[] = [];
    for (let index = this.events.length - 1; index >= 0 && matching.length < limit; index -= 1) {
      const { userId, event } = this.events[index] as StoredSystemEvent;
      if (Date.parse(event.received_at) >= since && wanted(userId, event)) matching.push(event);
    }
    return matching;
  }

  /** Forgets every event and restarts ids, as on a fresh server. */
  clear(): void {
    this.events = [];
    this.ids = new SeededIdGenerator(ID_SEED);
  }

  /** Events are stored in the order received, so the expired ones are at the front (unless the clock went back). */
  private dropExpired(): void {
    const since = this.now().getTime() - EVENT_WINDOW_MS;
    let expired = 0;
    while (expired < this.events.length && Date.parse((this.events[expired] as StoredSystemEvent).event.received_at) < since) expired += 1;
    if (expired > 0) this.events.splice(0, expired);
  }
}
