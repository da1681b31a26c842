/**
 * The permission model of docs/reevo-api.md §2, for every operation: a key lacking one required permission gets 403 naming
 * exactly that one; a key with none gets 403 naming all; write implies read; a read-only key cannot write.
 */
import {
  ALL_PERMISSIONS,
  ReevoPermissionError,
  catalogEntries,
  eventPermission,
  parsePermission,
  type EventType,
  type OperationSpec,
  type Permission,
  type ReevoClient,
} from '@reevo/client';
import type { TestWorkspace } from '@reevo/reference-server/testing';
import { exampleInput } from './seam/examples';
import type { AdminSession } from './target';

/** What the example request of an operation needs: its permissions, plus read access to each event it subscribes to. */
export function requiredFor(operation: OperationSpec): Permission[] {
  const events = (exampleInput(operation).events as EventType[] | undefined) ?? [];
  return [...new Set([...operation.permissions, ...events.map(eventPermission)])];
}

/** Every permission except `missing`, and except the write that would imply it. */
function allBut(missing: Permission): Permission[] {
  const { resource, level } = parsePermission(missing);
  return ALL_PERMISSIONS.filter((permission) => permission !== missing && !(level === 'read' && permission === `${resource}:write`));
}

const call = (client: ReevoClient, operation: OperationSpec) => client.call(operation, exampleInput(operation));

async function permissionErrorOf(promise: Promise<unknown>): Promise<ReevoPermissionError> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(ReevoPermissionError);
  return error as ReevoPermissionError;
}

export function describePermissions(session: () => AdminSession) {
  let workspace: TestWorkspace;
  beforeAll(async () => {
    workspace = await session().admin.workspace();
  });

  describe.each(catalogEntries.map(({ operation }) => [operation.operationId, operation] as const))('%s', (_id, operation) => {
    it.each(requiredFor(operation))('without %s: 403 naming exactly that permission', async (missing) => {
      const client = session().client(await workspace.key(allBut(missing)));
      const error = await permissionErrorOf(call(client, operation));
      expect(error.missingPermissions).toEqual([missing]);
      expect(error.status).toBe(403);
    });

    it('with no permission: 403 naming every required one, in UI words', async () => {
      const client = session().client(await workspace.key([]));
      const error = await permissionErrorOf(call(client, operation));
      expect([...error.missingPermissions].sort()).toEqual(requiredFor(operation).sort());
      expect((error.body as { message: string }).message).toMatch(/^API key is missing required permissions: /);
    });

    if (operation.permissions.some((permission) => permission.endsWith(':write'))) {
      it('with a read-only key: 403 naming the write permissions', async () => {
        const readOnly = ALL_PERMISSIONS.filter((permission) => permission.endsWith(':read'));
        const client = session().client(await workspace.key(readOnly));
        const error = await permissionErrorOf(call(client, operation));
        expect(error.missingPermissions).toEqual(operation.permissions.filter((permission) => permission.endsWith(':write')));
      });
    }
  });

  it('write implies read: a key with only the write levels reads', async () => {
    const writeOnly = ALL_PERMISSIONS.filter((permission) => permission.endsWith(':write') || permission === 'users:read' || permission === 'mailbox:read');
    const client = session().client(await workspace.key(writeOnly));
    for (const { operation } of catalogEntries.filter(({ operation }) => operation.method === 'GET' || operation.path.endsWith('/search'))) {
      // Some examples name records the demo lacks (a webhook id): a 404 is fine here, a 403 is not.
      const outcome = await call(client, operation).catch((caught: unknown) => caught);
      expect({ operation: operation.operationId, forbidden: outcome instanceof ReevoPermissionError }).toEqual({ operation: operation.operationId, forbidden: false });
    }
  });
}
