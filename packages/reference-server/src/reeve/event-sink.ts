/**
 * The port through which the server announces what happens to connections (docs/reeve-api.md §4 "Events for
 * subscriptions"): a connection turning connected, disconnected, expired or error. reeve's events module implements
 * it (stores the SystemEvent, fans it out to subscriptions) and uses it for provider events too; until one is plugged
 * in, the runtime keeps the newest events in a `RecordingEventSink`, which tests read.
 */
import type { ProviderSlug, ReeveEventType } from '@integration-pack/core/reeve/api';

export interface ReeveEvent {
  type: ReeveEventType;
  provider: ProviderSlug;
  userId: string;
  brandId: string;
  connectionAccount: string | null;
  /** For lifecycle events, the Connection as endpoint 4 lists it; for provider events, the provider's payload. */
  data: unknown;
}

export interface ReeveEventSink {
  emit(event: ReeveEvent): void;
}

/** Keeps the newest `capacity` events, oldest first: bounded, as everything the server holds. */
export class RecordingEventSink implements ReeveEventSink {
  private held: ReeveEvent[] = [];

  constructor(private readonly capacity = 1_000) {}

  emit(event: ReeveEvent): void {
    this.held.push(structuredClone(event));
    if (this.held.length > this.capacity) this.held.shift();
  }

  get events(): readonly ReeveEvent[] {
    return this.held;
  }

  clear(): void {
    this.held = [];
  }
}
