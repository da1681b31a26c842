/**
 * A workspace under test: fresh state, a fixed clock, counter ids, recorded events, and `call`, which does what
 * the HTTP layer does around a handler: parse the input with the catalog's schemas (defaults applied), run the
 * handler, and check the answer against the catalog's response schema, and each event it emitted against the
 * operation's declared `emits` and the event's data schema.
 */
import { EVENTS, findOperation, type EventType, type OperationOutput } from '@integration-pack/core/reevo/api';
import { DomainError, type DomainContext, type DomainLimits } from '../../../src/domain/contract';
import { DEFAULT_LIMITS } from '../../../src/runtime/limits';
import { handlers } from '../../../src/domain/handlers';
import type { CatalogOperation, OperationId } from '../../../src/domain/handlers/define';
import type { WorkspaceState } from '../../../src/domain/model';
import { createWorkspaceState, type WorkspaceSeed } from '../../../src/domain/state';

export interface RecordedEvent {
  type: EventType;
  data: Record<string, unknown>;
  changes?: Record<string, { from: unknown; to: unknown }>;
}

export interface Request {
  params?: Record<string, unknown>;
  query?: Record<string, unknown>;
  body?: Record<string, unknown>;
}

type OperationById = { [O in CatalogOperation as O['operationId']]: O };

export const START_TIME = '2026-12-01T12:00:00.000Z';
export const LOOPBACK_ONLY = 'deliveries go only to 127.0.0.1 on this test server.';

/** The n-th id the test context hands out: a valid UUID v4 that shows its serial. */
export const testId = (serial: number) => `00000000-0000-4000-8000-${serial.toString(16).padStart(12, '0')}`;

export interface TestWorkspace {
  state: WorkspaceState;
  context: DomainContext;
  events: RecordedEvent[];
  /** Moves the clock forward, so later records are newer. */
  advance(seconds: number): void;
  call<Id extends OperationId>(operationId: Id, request?: Request): OperationOutput<OperationById[Id]>;
  /** Runs a call that must fail and returns its DomainError. */
  fail(operationId: OperationId, request?: Request): DomainError;
  /** Events recorded since the last call of `takeEvents`. */
  takeEvents(): RecordedEvent[];
}

/** `limits` lowers the workspace's bounds for the tests of `rules/limits.ts`; the server's defaults otherwise. */
export function createTestWorkspace(seed: WorkspaceSeed = 'demo', limits: Partial<DomainLimits> = {}): TestWorkspace {
  let time = Date.parse(START_TIME);
  let serial = 0;
  let taken = 0;
  const events: RecordedEvent[] = [];
  const context: DomainContext = {
    now: () => new Date(time),
    newId: () => testId(++serial),
    newSecret: () => `whsec_test_secret_${serial}`,
    emit: (type, data, changes) => events.push({ type, data: data as Record<string, unknown>, ...(changes ? { changes } : {}) }),
    webhookUrls: { check: (url) => (new URL(url).hostname === '127.0.0.1' ? null : LOOPBACK_ONLY) },
    limits: { ...DEFAULT_LIMITS, ...limits },
  };
  const state = createWorkspaceState(seed);

  function run(operationId: OperationId, request: Request = {}): unknown {
    const operation = findOperation(operationId);
    if (!operation) throw new Error(`No catalog operation ${operationId}`);
    const input = {
      params: operation.params ? operation.params.parse(request.params ?? {}) : {},
      query: operation.query ? operation.query.parse(request.query ?? {}) : {},
      body: operation.body ? operation.body.parse(request.body ?? {}) : {},
    } as { params: Record<string, unknown>; query: Record<string, unknown>; body: Record<string, unknown> };
    const before = events.length;
    const result = handlers[operationId](state, context, input);
    for (const event of events.slice(before)) {
      expect(operation.emits).toContain(event.type);
      EVENTS[event.type].data.parse(event.data);
    }
    return operation.response ? operation.response.parse(result) : result;
  }

  return {
    state,
    context,
    events,
    advance: (seconds) => {
      time += seconds * 1000;
    },
    call: (operationId, request) => run(operationId, request) as never,
    fail: (operationId, request) => {
      try {
        run(operationId, request);
      } catch (error) {
        if (error instanceof DomainError) return error;
        throw error;
      }
      throw new Error(`${operationId} succeeded, but the test expected a DomainError`);
    },
    takeEvents: () => {
      const fresh = events.slice(taken);
      taken = events.length;
      return fresh;
    },
  };
}
