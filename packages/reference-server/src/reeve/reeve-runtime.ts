/**
 * Everything the reference server knows about Reeve, apart from HTTP: its state (users, brands, sessions,
 * connections), the fake providers, the sealer of credentials and the lifecycle-event sink. It shares the server's one
 * clock (docs/reeve-api.md §4 "Time"): every jump of that clock assesses each connection once, at the new time.
 */
import type { ConnectionEventType } from '@reevo/client/reeve-catalog';
import type { ControllableClock } from '../runtime/clock';
import { DEFAULT_LIMITS, type ServerLimits } from '../runtime/limits';
import { RecordingEventSink, type ReeveEvent, type ReeveEventSink } from './event-sink';
import { emptyFakeProviderData, FakeProviders, type FakeProviderData } from './providers/fake-providers';
import { assessConnections } from './refresh';
import { CredentialSealer } from './sealed-credentials';
import { connectionView, emptyReeveData, ReeveState, type ConnectionRow, type ReeveData } from './state';

interface ReeveSnapshot {
  state: ReeveData;
  providers: FakeProviderData;
}

export class ReeveRuntime {
  readonly state: ReeveState;
  readonly providers: FakeProviders;
  readonly sealer = new CredentialSealer();
  /** Where lifecycle events go: the recording sink until the events module plugs itself in (`useEventSink`). */
  readonly recorded = new RecordingEventSink();
  private sink: ReeveEventSink = this.recorded;
  private startSnapshot: ReeveSnapshot | null = null;
  /** When the earliest connection falls due, as of the last look, and the state's revision then. */
  private nextDueMs = -Infinity;
  private assessedRevision = -1;

  constructor(
    readonly clock: ControllableClock,
    idSeed: string,
    readonly limits: Readonly<ServerLimits> = DEFAULT_LIMITS,
  ) {
    this.state = new ReeveState(emptyReeveData(`${idSeed}:reeve`));
    this.providers = new FakeProviders(emptyFakeProviderData(), () => clock.nowMs(), limits.providerGrants);
    clock.onChange(() => this.assess());
  }

  useEventSink(sink: ReeveEventSink): void {
    this.sink = sink;
  }

  emit(event: ReeveEvent): void {
    this.sink.emit(event);
  }

  /** Announces what became of a connection, with the Connection as its data (docs/reeve-api.md §4). */
  announce(type: ConnectionEventType, row: ConnectionRow): void {
    this.emit({ type, provider: row.provider, userId: row.userId, brandId: row.brandId, connectionAccount: row.accountName, data: connectionView(row) });
  }

  /**
   * Refreshes what is due, expires what cannot be, at the clock's time (docs/reeve-api.md §4 "Refresh"). Every
   * request calls it, so it looks at the connections only when one may be due: when the clock has reached the
   * earliest due time, or a connection was saved since the last look.
   */
  assess(): void {
    if (this.state.revision === this.assessedRevision && this.clock.nowMs() < this.nextDueMs) return;
    this.assessedRevision = this.state.revision;
    this.nextDueMs = assessConnections(this);
  }

  markStart(): void {
    this.startSnapshot = { state: structuredClone(this.state.data), providers: structuredClone(this.providers.data) };
  }

  reset(): void {
    const start = this.startSnapshot;
    if (!start) throw new Error('The Reeve runtime has no start snapshot yet: call markStart() after seeding.');
    this.state.data = structuredClone(start.state);
    this.providers.data = structuredClone(start.providers);
    this.nextDueMs = -Infinity;
    this.recorded.clear();
  }
}
