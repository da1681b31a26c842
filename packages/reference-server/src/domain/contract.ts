/**
 * The seam between the HTTP layer and the domain. The HTTP layer authenticates, checks permissions and quota,
 * validates the request with the catalog's schemas, then calls the operation's handler with the parsed parts.
 * A handler reads and changes one workspace's state, emits events, and returns the success body; it throws
 * `DomainError` for the application errors of docs/reevo-api.md §3 (never for request validation, which the catalog
 * schemas already did).
 */
import type { ApplicationErrorName, EventType } from '@integration-pack/core/reevo/api';

export class DomainError extends Error {
  constructor(
    readonly errorName: ApplicationErrorName,
    message: string,
    readonly details: Record<string, unknown> | null = null,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export interface HandlerInput {
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  body: Record<string, unknown>;
}

export interface WebhookUrlPolicy {
  /** Returns a message saying why the URL is refused (e.g. not loopback), or null when it is allowed. */
  check(url: string): string | null;
}

/** The bounds on what a workspace holds that the domain enforces; their values come from `src/runtime/limits.ts`. */
export interface DomainLimits {
  recordsPerKind: number;
  subscriptionsPerWorkspace: number;
  customFieldsPerRecord: number;
  customFieldsBytes: number;
}

export interface DomainContext {
  /** The clock of the server (controllable through /__admin/clock). */
  now(): Date;
  /** A new deterministic UUID v4. */
  newId(): string;
  /** A new webhook signing secret (`whsec_…`). */
  newSecret(): string;
  /** Records an event for webhook delivery, after the change it describes. */
  emit(type: EventType, data: unknown, changes?: Record<string, { from: unknown; to: unknown }>): void;
  webhookUrls: WebhookUrlPolicy;
  limits: DomainLimits;
}

export type OperationHandler<State> = (state: State, context: DomainContext, input: HandlerInput) => unknown;
