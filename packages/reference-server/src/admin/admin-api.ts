/**
 * The admin API under `/__admin` (docs/reevo-api.md §7; Reeve's routes under `/__admin/reeve`, docs/reeve-api.md §6, are
 * `src/reeve/admin/`): what tests and QA use to set the scene (workspaces, keys, quotas,
 * the clock, faults) and to look behind it (the request journal, webhook deliveries). No API key; every route stands
 * behind the admin guard (`admin-guard.ts`: loopback only, no cross-site or rebound requests, no webhook deliveries).
 */
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import * as z from 'zod';
import { DetailError } from '../http/errors';
import type { ApiKeyRecord } from '../runtime/api-keys';
import { ClockRangeError } from '../runtime/clock';
import { demoGuide } from '../demo-guide';
import type { SeededWorkspace } from '../demo-seed';
import type { SeededReeve } from '../reeve/demo-seed';
import { FaultPathError } from '../runtime/faults';
import { formatLimit, limitName, type ServerLimits } from '../runtime/limits';
import { sequenceOf, type PageRequest } from '../runtime/paging';
import type { ReferenceRuntime } from '../runtime/reference-runtime';
import { WebhookDispatchError, type WebhookDispatchErrorCode } from '../webhooks';
import type { Workspace } from '../runtime/workspaces';
import { reeveAdminApi, REEVE_ADMIN_PREFIX } from '../reeve/admin/reeve-admin-api';
import { answerUnreadableBodies } from './admin-errors';
import { ADMIN_TAG } from './admin-tag';
import * as S from './schemas';
import { registerWorkspaceDataRoutes } from './workspace-data-routes';

export interface AdminInfo {
  name: string;
  version: string;
}

/** What the server was seeded with, for the demo guide; null when it was started without the demo. */
export interface DemoSeeds {
  seeded: SeededWorkspace;
  reeve: SeededReeve | null;
}

const docs = (operationId: string, summary: string) => ({ tags: [ADMIN_TAG], operationId, summary, security: [] });

export function adminApi(runtime: ReferenceRuntime, info: AdminInfo, demo: DemoSeeds | null = null): FastifyPluginAsync {
  return async (plain: FastifyInstance) => {
    const app = plain.withTypeProvider<ZodTypeProvider>();
    answerUnreadableBodies(plain);

    const health = (): z.output<typeof S.Health> => ({
      status: 'ok',
      name: info.name,
      version: info.version,
      started_at: runtime.startedAt.toISOString(),
      clock: runtime.clock.state(),
      workspaces: runtime.listWorkspaces().length,
    });

    app.get('/health', { schema: { ...docs('adminHealth', 'Health and version'), response: { 200: S.Health } } }, async () => health());

    app.get('/demo', { schema: { ...docs('adminDemoGuide', "The demo credentials of both products (the banner's), the API documents and how to point each tool here"), response: { 200: S.DemoGuide } } }, async (request) => {
      if (demo === null) throw new DetailError(404, 'This server was started without the demo (seed null), so it has no demo credentials: create a workspace and keys with POST /__admin/workspaces and POST /__admin/keys.');
      return demoGuide(`${request.protocol}://${request.host}`, demo.seeded, demo.reeve);
    });

    app.post('/reset', { schema: { ...docs('adminReset', 'Back to the start: seeded workspaces and keys, real time, no faults, empty logs'), response: { 200: S.Health } } }, async () => {
      await runtime.reset();
      return health();
    });

    app.get('/workspaces', { schema: { ...docs('adminListWorkspaces', 'List workspaces'), response: { 200: z.array(S.AdminWorkspace) } } }, async () =>
      runtime.listWorkspaces().map(workspaceView),
    );

    app.post('/workspaces', { schema: { ...docs('adminCreateWorkspace', 'Create a workspace'), body: S.CreateWorkspaceBody, response: { 201: S.AdminWorkspace } } }, async (request, reply) => {
      assertBelowLimit(runtime, 'workspaces', runtime.listWorkspaces().length, 'The server already holds {held} workspaces', 'Reset the server (POST /__admin/reset) to start again from the seeded one.');
      const workspace = runtime.createWorkspace({ seed: request.body.seed, ...(request.body.name ? { name: request.body.name } : {}) });
      return reply.code(201).send(workspaceView(workspace));
    });

    app.get('/keys', { schema: { ...docs('adminListKeys', 'List API keys (never the keys themselves)'), querystring: S.WorkspaceFilter, response: { 200: z.array(S.AdminKey) } } }, async (request) =>
      runtime.keys.list(request.query.workspace_id).map(keyView),
    );

    app.post('/keys', { schema: { ...docs('adminCreateKey', 'Create an API key'), body: S.CreateKeyBody, response: { 201: S.CreatedAdminKey } } }, async (request, reply) => {
      const { workspace_id, name, permissions, expires_at } = request.body;
      requireWorkspace(runtime, workspace_id);
      assertBelowLimit(runtime, 'keysPerWorkspace', runtime.keys.list(workspace_id).length, `Workspace ${workspace_id} already has {held} API keys`, 'Reuse a key you made, or use another workspace.');
      const { record, key } = runtime.createKey({ workspaceId: workspace_id, name, permissions, expiresAt: expires_at ?? null });
      return reply.code(201).send({ ...keyView(record), key });
    });

    app.post('/keys/:id/expire', { schema: { ...docs('adminExpireKey', 'Expire an API key now'), params: S.KeyIdParams, response: { 200: S.AdminKey } } }, async (request) => {
      const record = runtime.keys.expire(request.params.id, runtime.clock.now());
      if (!record) throw new DetailError(404, `No API key has the id ${request.params.id}.`);
      return keyView(record);
    });

    app.put('/quota', { schema: { ...docs('adminSetQuota', "Set or remove a workspace's request quota"), body: S.QuotaBody, response: { 200: S.AdminWorkspace } } }, async (request) => {
      const { workspace_id, limit, window_seconds } = request.body;
      requireWorkspace(runtime, workspace_id);
      return workspaceView(runtime.setQuota(workspace_id, limit === null ? null : { limit, windowSeconds: window_seconds }));
    });

    app.get('/clock', { schema: { ...docs('adminReadClock', 'Read the clock'), response: { 200: S.ClockState } } }, async () => runtime.clock.state());

    app.post('/clock', { schema: { ...docs('adminSetClock', 'Set, advance, freeze or unfreeze the clock'), body: S.ClockBody, response: { 200: S.ClockState } } }, async (request) => {
      const { set, advance_seconds, freeze } = request.body;
      refusingAs422(ClockRangeError, () => runtime.clock.change({ freeze, set: set === undefined ? undefined : new Date(set), advanceSeconds: advance_seconds }));
      return runtime.clock.state();
    });

    app.get('/faults', { schema: { ...docs('adminListFaults', 'List fault rules'), response: { 200: z.array(S.FaultRule) } } }, async () => runtime.faults.list());

    app.post('/faults', { schema: { ...docs('adminAddFault', 'Add a fault or latency rule'), body: S.FaultBody, response: { 201: S.FaultRule } } }, async (request, reply) => {
      const { method, path, status, delay_ms, times } = request.body;
      assertBelowLimit(runtime, 'faultRules', runtime.faults.list().length, 'There are already {held} fault rules', 'Remove them with DELETE /__admin/faults (rules used up by `times` stay until then).');
      const rule = refusingAs422(FaultPathError, () =>
        runtime.faults.add({
          method,
          path,
          ...(status === undefined ? {} : { status }),
          ...(delay_ms === undefined ? {} : { delayMs: delay_ms }),
          ...(times === undefined ? {} : { times }),
        }),
      );
      return reply.code(201).send(rule);
    });

    app.delete('/faults', { schema: { ...docs('adminClearFaults', 'Remove every fault rule'), response: { 200: z.object({ removed: z.int() }) } } }, async () => {
      const removed = runtime.faults.list().length;
      runtime.faults.clear();
      return { removed };
    });

    app.get('/requests', { schema: { ...docs('adminListRequests', 'A page of the request journal (oldest first unless order=newest), filtered by owner, credential, status and path'), querystring: S.JournalPageQuery, response: { 200: z.array(S.JournalEntry) } } }, async (request) => {
      const { workspace_id, owner, credential, status, path } = request.query;
      const filter = { workspaceId: workspace_id, owner, credential, status, path };
      return runtime.journal.list(Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined)), pageRequest(request.query));
    });

    app.get('/webhooks/deliveries', { schema: { ...docs('adminListWebhookDeliveries', 'A page of the webhook delivery log (oldest first unless order=newest)'), querystring: S.LogPageQuery('dlv'), response: { 200: z.array(S.Delivery) } } }, async (request) =>
      runtime.webhooks.deliveries(workspaceFilter(request.query.workspace_id), pageRequest(request.query)),
    );

    app.post('/webhooks/flush', { schema: { ...docs('adminFlushWebhooks', "Make one attempt now for the next delivery of every subscription's queue; answers those deliveries"), response: { 200: z.array(S.Delivery) } } }, async () =>
      runtime.webhooks.flush(),
    );

    registerWorkspaceDataRoutes(app, runtime);

    await app.register(reeveAdminApi(runtime), { prefix: REEVE_ADMIN_PREFIX });

    app.post('/webhooks/deliveries/:id/redeliver', { schema: { ...docs('adminRedeliverWebhook', 'Send a delivery again'), params: S.DeliveryIdParams, response: { 200: S.Delivery } } }, async (request) => {
      try {
        return runtime.webhooks.redeliver(request.params.id);
      } catch (error) {
        throw dispatchFailure(error);
      }
    });
  };
}

/** Runs a change the runtime may refuse with a message that names the limit and the fix: the refusal answers 422. */
function refusingAs422<T>(refusal: new (...args: never[]) => Error, change: () => T): T {
  try {
    return change();
  } catch (error) {
    throw error instanceof refusal ? new DetailError(422, error.message) : error;
  }
}

function requireWorkspace(runtime: ReferenceRuntime, id: string): Workspace {
  const workspace = runtime.workspace(id);
  if (!workspace) throw new DetailError(404, `No workspace has the id ${id}. Create one with POST /__admin/workspaces.`);
  return workspace;
}

/** 400 naming the limit, its value and the way out, when `held` has reached it. `{held}` in `what` is replaced by the count. */
function assertBelowLimit(runtime: ReferenceRuntime, limit: keyof ServerLimits, held: number, what: string, fix: string): void {
  const max = runtime.limits[limit];
  if (held < max) return;
  throw new DetailError(400, `${what.replace('{held}', formatLimit(held))}, the reference server's limit (${limitName(limit)}: ${formatLimit(max)}). ${fix}`);
}

function pageRequest(query: { limit: number; order: 'oldest' | 'newest'; cursor?: string | undefined }): PageRequest {
  return { limit: query.limit, order: query.order, ...(query.cursor === undefined ? {} : { after: sequenceOf(query.cursor) }) };
}

function workspaceFilter(workspaceId: string | undefined) {
  return workspaceId === undefined ? {} : { workspaceId };
}

const DISPATCH_STATUS: Record<WebhookDispatchErrorCode, number> = {
  delivery_not_found: 404,
  subscription_deleted: 409,
  dispatcher_closed: 503,
  invalid_event: 500,
  invalid_secret: 500,
};

function dispatchFailure(error: unknown): unknown {
  return error instanceof WebhookDispatchError ? new DetailError(DISPATCH_STATUS[error.code], error.message) : error;
}

function workspaceView(workspace: Workspace): z.output<typeof S.AdminWorkspace> {
  const quota = workspace.quota?.setting;
  return {
    id: workspace.id,
    name: workspace.name,
    seed: workspace.seed,
    created_at: workspace.createdAt,
    quota: quota ? { limit: quota.limit, window_seconds: quota.windowSeconds } : null,
  };
}

function keyView(record: ApiKeyRecord): z.output<typeof S.AdminKey> {
  return { id: record.id, name: record.name, workspace_id: record.workspaceId, permissions: record.permissions, expires_at: record.expiresAt };
}
