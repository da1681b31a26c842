/**
 * The delivery queues: one FIFO lane per subscription (a subscription's next event waits until the one before it is
 * delivered or failed; lanes run in parallel), the timer of a lane whose head waits for a retry, and the attempts in
 * flight. What an attempt does and what follows from it is `delivery-attempts.ts`'s job.
 */
import type { WebhookDelivery } from './types';

/** One delivery as the dispatcher holds it: the log's record, and what every attempt sends. */
export interface Entry {
  delivery: WebhookDelivery;
  secret: string;
  /** The JSON body, serialised once so every attempt sends the same bytes. */
  body: string;
  /** Real (not server-clock) time in ms when the next attempt is due; null until the entry heads its lane. */
  dueAt: number | null;
}

export interface InFlight {
  entry: Entry;
  controller: AbortController;
  done: Promise<void>;
}

export interface Lane {
  workspaceId: string;
  subscriptionId: string;
  queue: Entry[];
  timer: NodeJS.Timeout | null;
  inFlight: InFlight | null;
}

export interface LaneOptions {
  /** Makes one attempt of the lane's head; resolves once it is logged and decided. */
  attempt(lane: Lane, entry: Entry, signal: AbortSignal): Promise<void>;
  /** The server clock, for the head's `nextAttemptAt`. */
  now(): Date;
  /** Wakes whoever waits on the deliveries' state (`settle`, `idle`). */
  notify(): void;
}

/** Ends a delivery: its final state and reason, and its place in the lane's queue given up. */
export function finish(lane: Lane, entry: Entry, state: 'delivered' | 'failed', reason: string | null): void {
  entry.delivery.state = state;
  entry.delivery.failureReason = reason;
  entry.delivery.nextAttemptAt = null;
  entry.dueAt = null;
  const index = lane.queue.indexOf(entry);
  if (index >= 0) lane.queue.splice(index, 1);
}

export class Lanes {
  private readonly lanes = new Map<string, Lane>();
  // Attempts still running, including those of lanes already dropped (deleted subscription, reset).
  private readonly running = new Set<InFlight>();
  private closed = false;

  constructor(private readonly options: LaneOptions) {}

  laneFor(workspaceId: string, subscriptionId: string): Lane {
    let lane = this.lanes.get(subscriptionId);
    if (!lane) {
      lane = { workspaceId, subscriptionId, queue: [], timer: null, inFlight: null };
      this.lanes.set(subscriptionId, lane);
    }
    return lane;
  }

  get(subscriptionId: string): Lane | undefined {
    return this.lanes.get(subscriptionId);
  }

  all(): Lane[] {
    return [...this.lanes.values()];
  }

  get attemptsRunning(): number {
    return this.running.size;
  }

  /** Starts the head's attempt if it is due, or sets a timer for when it will be. */
  pump(lane: Lane): void {
    if (this.closed || lane.inFlight || this.lanes.get(lane.subscriptionId) !== lane) return;
    const head = lane.queue[0];
    if (!head) {
      this.lanes.delete(lane.subscriptionId);
      return;
    }
    if (head.dueAt === null) {
      head.dueAt = Date.now();
      head.delivery.nextAttemptAt = this.options.now().toISOString();
    }
    const wait = head.dueAt - Date.now();
    if (wait <= 0) {
      this.start(lane);
    } else if (!lane.timer) {
      lane.timer = setTimeout(() => {
        lane.timer = null;
        this.pump(lane);
      }, wait);
      lane.timer.unref();
    }
  }

  /** Makes the head's attempt now, due or not (unless one is in flight). */
  start(lane: Lane): void {
    const entry = lane.queue[0];
    if (!entry || lane.inFlight) return;
    stopTimer(lane);
    const controller = new AbortController();
    const inFlight: InFlight = { entry, controller, done: Promise.resolve() };
    inFlight.done = this.options.attempt(lane, entry, controller.signal).finally(() => {
      this.running.delete(inFlight);
      lane.inFlight = null;
      this.pump(lane);
      this.options.notify();
    });
    lane.inFlight = inFlight;
    this.running.add(inFlight);
    this.options.notify();
  }

  /** The subscription was deleted: what it had queued fails, its attempt in flight is aborted, its lane goes. */
  drop(subscriptionId: string, reason: string): void {
    const lane = this.lanes.get(subscriptionId);
    if (!lane) return;
    for (const entry of [...lane.queue]) finish(lane, entry, 'failed', reason);
    stopTimer(lane);
    lane.inFlight?.controller.abort('the subscription was deleted');
    this.lanes.delete(subscriptionId);
  }

  /** Forgets every lane (admin reset) and aborts what is in flight; stays usable. */
  async clear(): Promise<void> {
    for (const lane of this.lanes.values()) {
      stopTimer(lane);
      lane.queue.length = 0;
    }
    this.lanes.clear();
    await this.abortAll('the reference server was reset');
  }

  /** Stops every timer and attempt for good. */
  async close(): Promise<void> {
    this.closed = true;
    for (const lane of this.lanes.values()) stopTimer(lane);
    await this.abortAll('the reference server is shutting down');
  }

  /** Aborts every attempt in flight and resolves once they have all been logged. */
  private async abortAll(reason: string): Promise<void> {
    const stopping = [...this.running];
    for (const inFlight of stopping) inFlight.controller.abort(reason);
    await Promise.all(stopping.map((inFlight) => inFlight.done));
  }
}

function stopTimer(lane: Lane): void {
  if (lane.timer) clearTimeout(lane.timer);
  lane.timer = null;
}
