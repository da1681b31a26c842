/**
 * Everything the reference server knows, apart from HTTP: workspaces, API keys, quotas, the clock, the request
 * journal, injected faults and webhook delivery. The public API and the admin API are two views of it.
 */
import { PAYLOAD_TYPE_PARAM, type EventType, type Permission } from '@integration-pack/core/reevo/api';
import { generateWebhookSecret } from '@integration-pack/core/reevo/webhooks';
import type { DomainContext, HandlerInput, OperationHandler } from '../domain/contract';
import { activeSubscriptionsFor, disableSubscription, handlers as domainHandlers, type WorkspaceState } from '../domain';
import { ApiKeyStore, generateApiKey, type ApiKeyRecord, type KeyCheck } from './api-keys';
import { ControllableClock } from './clock';
import { FaultInjector } from './faults';
import { SeededIdGenerator, type IdGeneratorState } from './ids';
import { RequestJournal } from './journal';
import { REEVO_API_NAME } from '../api-names';
import type { ListeningAddress } from '../net/own-address';
import { resolveLimits, type ServerLimits } from './limits';
import { QuotaMeter } from './quota';
import { reevoWebhookEvents } from '../reevo/webhook-events';
import { ReeveRuntime } from '../reeve/reeve-runtime';
import { ReeveEventHub } from '../reeve/events/event-hub';
import { reeveWebhookEvents } from '../reeve/events/webhook-events';
import { combineEvents, createWebhookDispatcher, isAllowedWebhookUrl, type WebhookDispatcher, type WebhookEventInput } from '../webhooks';
import {
  newWorkspace,
  restoreWorkspace,
  snapshotWorkspace,
  type Workspace,
  type WorkspaceSeed,
  type WorkspaceSnapshotRecord,
} from './workspaces';

export type OperationHandlers = Readonly<Record<string, OperationHandler<WorkspaceState>>>;

export interface RuntimeOptions {
  /** The domain's handlers by default; tests of the HTTP layer may pass their own. */
  handlers?: OperationHandlers;
  /** Seeds every generated id; the same seed and the same calls give the same ids. */
  idSeed?: string;
  /** Multiplies the webhook retry schedule (1 = real time). */
  timeScale?: number;
  webhookTimeoutMs?: number;
  /** Non-loopback hosts webhooks may be delivered to. */
  allowWebhookHosts?: readonly string[];
  /** Raises or lowers the bounds of `limits.ts` (e.g. a benchmark that creates more records than a test ever would). */
  limits?: Partial<ServerLimits>;
}

export interface NewKey {
  workspaceId: string;
  name: string;
  permissions: readonly Permission[];
  expiresAt?: string | null;
  /** A literal key (the demo keys); a random one is made when omitted. */
  key?: string;
}

interface StartSnapshot {
  workspaces: WorkspaceSnapshotRecord[];
  keys: ApiKeyRecord[];
  ids: IdGeneratorState;
}

export class UnknownWorkspaceError extends Error {
  constructor(readonly workspaceId: string) {
    super(`No workspace has the id ${workspaceId}. Create one with POST /__admin/workspaces.`);
  }
}

export class ReferenceRuntime {
  readonly clock = new ControllableClock();
  readonly limits: Readonly<ServerLimits>;
  readonly journal: RequestJournal;
  faults = new FaultInjector();
  readonly keys = new ApiKeyStore();
  readonly startedAt = new Date();
  private readonly workspaces = new Map<string, Workspace>();
  private ids: SeededIdGenerator;
  readonly webhooks: WebhookDispatcher;
  /** Reeve's users, brands, sessions, connections and fake providers (docs/reeve-api.md), on the same clock. */
  readonly reeve: ReeveRuntime;
  /** Reeve's SystemEvents, webhook subscriptions and seen inbound deliveries; the sink of Reeve's events. */
  readonly reeveEvents: ReeveEventHub;
  private readonly webhookUrls: DomainContext['webhookUrls'];
  private startSnapshot: StartSnapshot | null = null;
  /** Where the HTTP server listens, once it does: webhooks may not be sent there. */
  private ownAddress: ListeningAddress | null = null;

  constructor(private readonly options: RuntimeOptions = {}) {
    this.limits = resolveLimits(options.limits);
    this.journal = new RequestJournal(this.limits.journalEntries, { [REEVO_API_NAME]: PAYLOAD_TYPE_PARAM.name }, this.limits.journalBodyChars);
    this.ids = new SeededIdGenerator(this.idSeed);
    this.reeve = new ReeveRuntime(this.clock, this.idSeed, this.limits);
    const allowHosts = options.allowWebhookHosts ?? [];
    this.webhookUrls = { check: (url) => isAllowedWebhookUrl(url, allowHosts, this.ownAddress) };
    const jitter = new SeededIdGenerator(`${this.idSeed}:webhook-jitter`);
    // One dispatcher for both APIs, so one delivery log, flush and admin view serve them (their event types differ).
    this.webhooks = createWebhookDispatcher({
      events: combineEvents(reevoWebhookEvents, reeveWebhookEvents),
      timeScale: options.timeScale ?? 1,
      ...(options.webhookTimeoutMs === undefined ? {} : { timeoutMs: options.webhookTimeoutMs }),
      allowHosts,
      ownAddress: () => this.ownAddress,
      now: () => this.clock.now(),
      random: () => jitter.fraction(),
      maxLogEntries: this.limits.deliveryLogEntries,
      maxPendingPerSubscription: this.limits.pendingDeliveriesPerSubscription,
      onDisable: (workspaceId, subscriptionId) => {
        const workspace = this.workspaces.get(workspaceId);
        if (workspace) disableSubscription(workspace.state, subscriptionId);
        else this.reeveEvents.subscriptions.disable(subscriptionId);
      },
    });
    this.reeveEvents = new ReeveEventHub({ dispatcher: this.webhooks, now: () => this.clock.now(), limits: this.limits, checkUrl: this.webhookUrls.check });
    // The recording sink stays a tap beside the hub: the Reeve runtime's own tests read it.
    this.reeve.useEventSink({
      emit: (event) => {
        this.reeve.recorded.emit(event);
        this.reeveEvents.emit(event);
      },
    });
  }

  /** The HTTP server listens here: from now on webhooks to this address are refused. */
  listeningOn(address: ListeningAddress): void {
    this.ownAddress = address;
  }

  /** Where the HTTP server listens, null before it does (the fake providers send their webhooks there). */
  get listeningAddress(): ListeningAddress | null {
    return this.ownAddress;
  }

  private get idSeed(): string {
    return this.options.idSeed ?? 'reevo-reference-server';
  }

  createWorkspace(fields: { name?: string; seed: WorkspaceSeed }): Workspace {
    const id = this.ids.uuid();
    const workspace = newWorkspace({
      id,
      name: fields.name ?? (fields.seed === 'demo' ? 'Demo Workspace' : `Workspace ${this.workspaces.size + 1}`),
      seed: fields.seed,
      createdAt: this.clock.now().toISOString(),
      idSeed: `${this.idSeed}:${id}`,
    });
    this.workspaces.set(id, workspace);
    return workspace;
  }

  workspace(id: string): Workspace | undefined {
    return this.workspaces.get(id);
  }

  requireWorkspace(id: string): Workspace {
    const workspace = this.workspaces.get(id);
    if (!workspace) throw new UnknownWorkspaceError(id);
    return workspace;
  }

  listWorkspaces(): Workspace[] {
    return [...this.workspaces.values()];
  }

  createKey(fields: NewKey): { record: ApiKeyRecord; key: string } {
    this.requireWorkspace(fields.workspaceId);
    const key = fields.key ?? generateApiKey();
    const record = this.keys.add(
      {
        id: this.ids.uuid(),
        name: fields.name,
        workspaceId: fields.workspaceId,
        permissions: [...fields.permissions],
        expiresAt: fields.expiresAt ?? null,
      },
      key,
    );
    return { record, key };
  }

  checkKey(key: string): KeyCheck {
    return this.keys.check(key, this.clock.now());
  }

  setQuota(workspaceId: string, setting: { limit: number; windowSeconds: number } | null): Workspace {
    const workspace = this.requireWorkspace(workspaceId);
    workspace.quota = setting ? new QuotaMeter(setting) : null;
    return workspace;
  }

  /**
   * Runs one operation's handler on a workspace. Events the handler emits are delivered only once it has
   * returned, so a request that fails part-way announces nothing.
   */
  runOperation(workspace: Workspace, operationId: string, input: HandlerInput): unknown {
    const handler = (this.options.handlers ?? domainHandlers)[operationId as keyof typeof domainHandlers];
    if (!handler) throw new Error(`The reference server has no handler for ${operationId}.`);
    const emitted: WebhookEventInput[] = [];
    const subscriptionsBefore = [...workspace.state.webhooks.keys()];
    const result = handler(workspace.state, this.contextFor(workspace, emitted), input);
    for (const id of subscriptionsBefore) {
      if (!workspace.state.webhooks.has(id)) this.webhooks.cancelSubscription(id);
    }
    for (const event of emitted) this.deliver(workspace, event);
    return result;
  }

  private contextFor(workspace: Workspace, emitted: WebhookEventInput[]): DomainContext {
    return {
      now: () => this.clock.now(),
      newId: () => workspace.ids.uuid(),
      // Secrets are credentials: random, never from the seeded generator that makes ids predictable.
      newSecret: generateWebhookSecret,
      emit: (type: EventType, data: unknown, changes?: Record<string, { from: unknown; to: unknown }>) => {
        emitted.push({
          id: workspace.ids.eventId(),
          type,
          created_at: this.clock.now().toISOString(),
          data,
          ...(changes ? { changes } : {}),
        });
      },
      webhookUrls: this.webhookUrls,
      limits: this.limits,
    };
  }

  /** Queues the event for every active subscription of the workspace that asked for its type. */
  private deliver(workspace: Workspace, event: WebhookEventInput): void {
    for (const subscription of activeSubscriptionsFor(workspace.state, event.type as EventType)) {
      this.webhooks.enqueue(workspace.id, subscription, event);
    }
  }

  /** Remembers the current state as the one `reset()` returns to (called once seeding is done). */
  markStart(): void {
    this.startSnapshot = {
      workspaces: this.listWorkspaces().map(snapshotWorkspace),
      keys: this.keys.snapshot(),
      ids: this.ids.state(),
    };
    this.reeve.markStart();
    this.reeveEvents.markStart();
  }

  /**
   * Back to the start: seeded workspaces and keys only (and Reeve's seeded users, brands, sessions, connections and subscriptions), real time, no faults, an empty journal and delivery log, and
   * every id sequence (records, requests, deliveries, fault rules) where a fresh server starts it.
   */
  async reset(): Promise<void> {
    const start = this.startSnapshot;
    if (!start) throw new Error('The runtime has no start snapshot yet: call markStart() after seeding.');
    this.workspaces.clear();
    for (const record of start.workspaces) this.workspaces.set(record.id, restoreWorkspace(structuredClone(record)));
    this.keys.restore(start.keys);
    this.ids = SeededIdGenerator.fromState(start.ids);
    this.clock.restore();
    this.reeve.reset();
    this.reeveEvents.reset();
    this.faults = new FaultInjector();
    this.journal.clear();
    await this.webhooks.reset();
  }

  async close(): Promise<void> {
    await this.webhooks.close();
  }
}
