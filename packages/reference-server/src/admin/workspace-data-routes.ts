/**
 * Read-only admin views of what the Reevo side holds, for the dashboard's Data, Webhooks and Controls views
 * (docs/reevo-api.md §7): a workspace's records by kind as stored (paged), the webhook subscriptions of every
 * workspace (never their secrets) and the permission table keys are made from. Registered by `admin-api.ts`, so
 * they stand behind the admin guard like every route under `/__admin`.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ALL_PERMISSIONS, permissionLabel } from '@integration-pack/core/reevo/api';
import type * as z from 'zod';
import type { StoredWebhookSubscription } from '../domain/model';
import { DetailError } from '../http/errors';
import type { ReferenceRuntime } from '../runtime/reference-runtime';
import { adminRouteSchema } from './admin-route-schema';
import * as S from './schemas';

export function registerWorkspaceDataRoutes(plain: FastifyInstance, runtime: ReferenceRuntime): void {
  const app = plain.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/permissions',
    {
      schema: adminRouteSchema(
        { operationId: 'adminListPermissions', summary: 'The permission table', description: "Every permission an API key can hold, in machine form with the words of Reevo's settings page (docs/reevo-api.md §2)." },
        { response: { 200: S.PermissionRows } },
      ),
    },
    async () => ALL_PERMISSIONS.map((permission) => ({ permission, label: permissionLabel(permission) })),
  );

  app.get(
    '/workspaces/:id/records/:kind',
    {
      schema: adminRouteSchema(
        {
          operationId: 'adminListWorkspaceRecords',
          summary: "A page of a workspace's records of one kind, as stored",
          description:
            'Read-only, in insertion order (the order the public API lists them in), with the kind\'s total. A page at a time: pass `next_cursor` as `cursor` for the next. Webhook subscriptions are listed by GET /__admin/webhooks/subscriptions instead, without their secrets.',
          refusals: { 404: 'No workspace has the id (list them with GET /__admin/workspaces), or no record has the `cursor` given: start again without one.' },
        },
        { params: S.RecordsParams, querystring: S.RecordsQuery, response: { 200: S.RecordsPage } },
      ),
    },
    async (request) => {
      const workspace = runtime.workspace(request.params.id);
      if (!workspace) throw new DetailError(404, `No workspace has the id ${request.params.id}. List them with GET /__admin/workspaces.`);
      return recordsPage(workspace.state[request.params.kind], request.query);
    },
  );

  app.get(
    '/webhooks/subscriptions',
    {
      schema: adminRouteSchema(
        {
          operationId: 'adminListWebhookSubscriptions',
          summary: "Reevo's webhook subscriptions, of every workspace or one",
          description: "Oldest first, never the secret. Reeve's are listed by GET /__admin/reeve/webhooks/subscriptions.",
        },
        { querystring: S.WorkspaceFilter, response: { 200: S.AdminSubscriptions } },
      ),
    },
    async (request) => {
      const { workspace_id } = request.query;
      const workspaces = workspace_id === undefined ? runtime.listWorkspaces() : [runtime.workspace(workspace_id)].filter((held) => held !== undefined);
      return workspaces.flatMap((workspace) => [...workspace.state.webhooks.values()].map((stored) => subscriptionView(workspace.id, stored)));
    },
  );
}

/** The page after the record keyed `cursor` (insertion order), with the kind's total so a view can say "n of m". */
function recordsPage(records: ReadonlyMap<string, unknown>, query: { limit: number; cursor?: string | undefined }): z.output<typeof S.RecordsPage> {
  const keys = [...records.keys()];
  let start = 0;
  if (query.cursor !== undefined) {
    const at = keys.indexOf(query.cursor);
    if (at === -1) throw new DetailError(404, `No record has the key ${query.cursor} (the cursor): start again without one.`);
    start = at + 1;
  }
  const page = keys.slice(start, start + query.limit);
  const last = page.at(-1);
  return {
    total: keys.length,
    records: page.map((key) => records.get(key)),
    next_cursor: last !== undefined && start + page.length < keys.length ? last : null,
  };
}

function subscriptionView(workspaceId: string, { secret: _secret, ...shown }: StoredWebhookSubscription): z.output<typeof S.AdminSubscription> {
  return { ...shown, workspace_id: workspaceId };
}
