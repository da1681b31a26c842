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
import { adminRouteSchema } from './admin-route-schema';
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

    app.get(
      '/health',
      {
        schema: adminRouteSchema(
          { operationId: 'adminHealth', summary: 'Health and version', description: "The server's name and version, when it started, its clock and how many workspaces it holds. Changes nothing: use it to wait for the server." },
          { response: { 200: S.Health } },
        ),
      },
      async () => health(),
    );

    app.get(
      '/demo',
      {
        schema: adminRouteSchema(
          {
            operationId: 'adminDemoGuide',
            summary: "The demo credentials of both products (the banner's), the API documents and how to point each tool here",
            description:
              "What `npm start` prints in its banner, as data: Reevo's demo workspace and keys, Reeve's demo users with their session tokens and brand, each API's base URL and OpenAPI document, and how to point the client, Zapier, n8n and the MCP server at this server. The dashboard's Start view reads it.",
            refusals: { 404: 'The server was started without the demo: create a workspace and keys with POST /__admin/workspaces and POST /__admin/keys.' },
          },
          { response: { 200: S.DemoGuide } },
        ),
      },
      async (request) => {
        if (demo === null) throw new DetailError(404, 'This server was started without the demo (seed null), so it has no demo credentials: create a workspace and keys with POST /__admin/workspaces and POST /__admin/keys.');
        return demoGuide(`${request.protocol}://${request.host}`, demo.seeded, demo.reeve);
      },
    );

    app.post(
      '/reset',
      {
        schema: adminRouteSchema(
          {
            operationId: 'adminReset',
            summary: 'Back to the start: seeded workspaces and keys, real time, no faults, empty logs',
            description:
              "Returns the whole server to its starting state: only the seeded workspaces and demo keys (Reeve's seeded users too), the real time, no fault rule, an empty journal and delivery log, and every id counter back at 1. Answers the health after the reset.",
          },
          { response: { 200: S.Health } },
        ),
      },
      async () => {
        await runtime.reset();
        return health();
      },
    );

    app.get(
      '/workspaces',
      {
        schema: adminRouteSchema(
          { operationId: 'adminListWorkspaces', summary: 'List workspaces', description: 'Every Reevo workspace the server holds, oldest first, each with its quota (null when it has none).' },
          { response: { 200: z.array(S.AdminWorkspace) } },
        ),
      },
      async () => runtime.listWorkspaces().map(workspaceView),
    );

    app.post(
      '/workspaces',
      {
        schema: adminRouteSchema(
          {
            operationId: 'adminCreateWorkspace',
            summary: 'Create a workspace',
            description:
              'A new Reevo workspace, isolated from every other: `demo` holds the demo CRM records, `empty` only users, mailboxes, pipelines and sequences. It has no API key yet: make one with POST /__admin/keys.',
            refusals: { 400: "The server already holds as many workspaces as its limit (the message names it): reset the server (POST /__admin/reset) to start again." },
          },
          { body: S.CreateWorkspaceBody, response: { 201: S.AdminWorkspace } },
        ),
      },
      async (request, reply) => {
        assertBelowLimit(runtime, 'workspaces', runtime.listWorkspaces().length, 'The server already holds {held} workspaces', 'Reset the server (POST /__admin/reset) to start again from the seeded one.');
        const workspace = runtime.createWorkspace({ seed: request.body.seed, ...(request.body.name ? { name: request.body.name } : {}) });
        return reply.code(201).send(workspaceView(workspace));
      },
    );

    app.get(
      '/keys',
      {
        schema: adminRouteSchema(
          {
            operationId: 'adminListKeys',
            summary: 'List API keys (never the keys themselves)',
            description: "The API keys of every workspace, or of one with `workspace_id`: each key's id, name, permissions and expiry. A key's value is shown only when it is made.",
          },
          { querystring: S.WorkspaceFilter, response: { 200: z.array(S.AdminKey) } },
        ),
      },
      async (request) => runtime.keys.list(request.query.workspace_id).map(keyView),
    );

    app.post(
      '/keys',
      {
        schema: adminRouteSchema(
          {
            operationId: 'adminCreateKey',
            summary: 'Create an API key',
            description:
              'A new API key for a workspace with the permissions given (write includes read), optionally expiring at `expires_at` (on the server\'s clock). The answer is the only time the key itself is shown: send it as `x-api-key`.',
            refusals: {
              400: 'The workspace already has as many API keys as the limit (the message names it): reuse a key you made, or use another workspace.',
              404: 'No workspace has the `workspace_id`: create one with POST /__admin/workspaces.',
            },
          },
          { body: S.CreateKeyBody, response: { 201: S.CreatedAdminKey } },
        ),
      },
      async (request, reply) => {
        const { workspace_id, name, permissions, expires_at } = request.body;
        requireWorkspace(runtime, workspace_id);
        assertBelowLimit(runtime, 'keysPerWorkspace', runtime.keys.list(workspace_id).length, `Workspace ${workspace_id} already has {held} API keys`, 'Reuse a key you made, or use another workspace.');
        const { record, key } = runtime.createKey({ workspaceId: workspace_id, name, permissions, expiresAt: expires_at ?? null });
        return reply.code(201).send({ ...keyView(record), key });
      },
    );

    app.post(
      '/keys/:id/expire',
      {
        schema: adminRouteSchema(
          {
            operationId: 'adminExpireKey',
            summary: 'Expire an API key now',
            description: 'Expires the key at once: from now on the API answers it 401 as expired, whatever the clock is later set to. Answers the key.',
            refusals: { 404: 'No API key has this id: list them with GET /__admin/keys.' },
          },
          { params: S.KeyIdParams, response: { 200: S.AdminKey } },
        ),
      },
      async (request) => {
        const record = runtime.keys.expire(request.params.id, runtime.clock.now());
        if (!record) throw new DetailError(404, `No API key has the id ${request.params.id}.`);
        return keyView(record);
      },
    );

    app.put(
      '/quota',
      {
        schema: adminRouteSchema(
          {
            operationId: 'adminSetQuota',
            summary: "Set or remove a workspace's request quota",
            description:
              "Allows the workspace `limit` requests per `window_seconds` (60 unless given); past it the API answers 429 with Retry-After. `limit: null` removes the quota. Answers the workspace.",
            refusals: { 404: 'No workspace has the `workspace_id`: list them with GET /__admin/workspaces.' },
          },
          { body: S.QuotaBody, response: { 200: S.AdminWorkspace } },
        ),
      },
      async (request) => {
        const { workspace_id, limit, window_seconds } = request.body;
        requireWorkspace(runtime, workspace_id);
        return workspaceView(runtime.setQuota(workspace_id, limit === null ? null : { limit, windowSeconds: window_seconds }));
      },
    );

    app.get(
      '/clock',
      {
        schema: adminRouteSchema(
          { operationId: 'adminReadClock', summary: 'Read the clock', description: 'The time the APIs run on (key expiry, quotas, record times) and whether it is frozen.' },
          { response: { 200: S.ClockState } },
        ),
      },
      async () => runtime.clock.state(),
    );

    app.post(
      '/clock',
      {
        schema: adminRouteSchema(
          {
            operationId: 'adminSetClock',
            summary: 'Set, advance, freeze or unfreeze the clock',
            description:
              "Jumps the clock to `set`, moves it on by `advance_seconds`, and freezes or unfreezes it (give at least one). Key expiry, quota windows and record times follow it; webhook signatures keep real time. Answers the clock.",
            invalid: 'Also when the change would leave the clock\'s range (the message names it); the clock is then left as it was.',
          },
          { body: S.ClockBody, response: { 200: S.ClockState } },
        ),
      },
      async (request) => {
        const { set, advance_seconds, freeze } = request.body;
        refusingAs422(ClockRangeError, () => runtime.clock.change({ freeze, set: set === undefined ? undefined : new Date(set), advanceSeconds: advance_seconds }));
        return runtime.clock.state();
      },
    );

    app.get(
      '/faults',
      {
        schema: adminRouteSchema(
          { operationId: 'adminListFaults', summary: 'List fault rules', description: 'Every fault or latency rule, in the order they were added, with how many requests each has hit.' },
          { response: { 200: z.array(S.FaultRule) } },
        ),
      },
      async () => runtime.faults.list(),
    );

    app.post(
      '/faults',
      {
        schema: adminRouteSchema(
          {
            operationId: 'adminAddFault',
            summary: 'Add a fault or latency rule',
            description:
              "Makes public-API requests matching `method` and `path` (concrete, or the catalog's template) answer `status` in the API's own error shape, wait `delay_ms` first, or both; for `times` requests, or every one. Never applies to the admin API or the OpenAPI documents. Answers the rule.",
            refusals: { 400: 'There are already as many fault rules as the limit (the message names it): remove them with DELETE /__admin/faults.' },
            invalid: 'Also when a placeholder in `path` is not a whole path segment (the message names the segment and the fix).',
          },
          { body: S.FaultBody, response: { 201: S.FaultRule } },
        ),
      },
      async (request, reply) => {
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
      },
    );

    app.delete(
      '/faults',
      {
        schema: adminRouteSchema(
          { operationId: 'adminClearFaults', summary: 'Remove every fault rule', description: 'Removes every fault and latency rule, used up or not. Answers how many were removed.' },
          { response: { 200: z.object({ removed: z.int() }) } },
        ),
      },
      async () => {
        const removed = runtime.faults.list().length;
        runtime.faults.clear();
        return { removed };
      },
    );

    app.get(
      '/requests',
      {
        schema: adminRouteSchema(
          {
            operationId: 'adminListRequests',
            summary: 'A page of the request journal (oldest first unless order=newest), filtered by API, owner, credential, status and path',
            description:
              "The public-API requests the server answered, of both products: the API that answered, method, path, raw query, operation, status, time taken, the owner (a Reevo workspace or a Reeve user), the credential (a key's name or a masked session, never the secret), the permission check's verdict, and the request and response bodies with secrets masked. Filter by `api`, `workspace_id` or `owner`, `credential`, `status` and `path`. A page at a time: pass the last entry's id as `cursor` for the next; a page shorter than `limit` is the last.",
          },
          { querystring: S.JournalPageQuery, response: { 200: z.array(S.JournalEntry) } },
        ),
      },
      async (request) => {
        const { api, workspace_id, owner, credential, status, path } = request.query;
        const filter = { api, workspaceId: workspace_id, owner, credential, status, path };
        return runtime.journal.list(Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined)), pageRequest(request.query));
      },
    );

    app.get(
      '/webhooks/deliveries',
      {
        schema: adminRouteSchema(
          {
            operationId: 'adminListWebhookDeliveries',
            summary: 'A page of the webhook delivery log (oldest first unless order=newest)',
            description:
              "Every webhook delivery of both APIs, or of one workspace or Reeve user: its event, target, state and each attempt (the headers sent, never the secret). A page at a time, like the journal.",
          },
          { querystring: S.LogPageQuery('dlv'), response: { 200: z.array(S.Delivery) } },
        ),
      },
      async (request) => runtime.webhooks.deliveries(workspaceFilter(request.query.workspace_id), pageRequest(request.query)),
    );

    app.post(
      '/webhooks/flush',
      {
        schema: adminRouteSchema(
          {
            operationId: 'adminFlushWebhooks',
            summary: "Make one attempt now for the next delivery of every subscription's queue; answers those deliveries",
            description:
              "Attempts at once the next pending delivery of every subscription, a retry whose time has not come included, and answers those deliveries once their attempts end: a test's way not to wait for the retry schedule.",
          },
          { response: { 200: z.array(S.Delivery) } },
        ),
      },
      async () => runtime.webhooks.flush(),
    );

    registerWorkspaceDataRoutes(app, runtime);

    await app.register(reeveAdminApi(runtime), { prefix: REEVE_ADMIN_PREFIX });

    app.post(
      '/webhooks/deliveries/:id/redeliver',
      {
        schema: adminRouteSchema(
          {
            operationId: 'adminRedeliverWebhook',
            summary: 'Send a delivery again',
            description: "Queues a new delivery of the same event (same event id, a fresh signature) to the same subscription, whatever became of the first. Answers the new delivery.",
            refusals: {
              404: 'No delivery has this id: list them with GET /__admin/webhooks/deliveries.',
              409: "The delivery's subscription has been deleted (there is nowhere to send it: subscribe again and repeat the change), or the server is shutting down and sends no more webhooks (start it again): the message says which.",
            },
            invalid: "Also when the delivery cannot be signed or sent as it stands (its event does not match the API's event schema, or its subscription's secret is not `whsec_<base64>`): the message names which; subscribe again and repeat the change.",
          },
          { params: S.DeliveryIdParams, response: { 200: S.Delivery } },
        ),
      },
      async (request) => {
        try {
          return runtime.webhooks.redeliver(request.params.id);
        } catch (error) {
          throw dispatchFailure(error);
        }
      },
    );
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

/** Each refusal of the dispatcher as the admin API answers it: the state of the server or of the delivery, never a 5xx. */
export const DISPATCH_STATUS: Readonly<Record<WebhookDispatchErrorCode, 404 | 409 | 422>> = {
  delivery_not_found: 404,
  subscription_deleted: 409,
  dispatcher_closed: 409,
  invalid_event: 422,
  invalid_secret: 422,
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
