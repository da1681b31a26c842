/**
 * The workspace `npm start` serves: the demo records (or none, with `--seed empty`) and the documented demo keys
 * from `fixtures/demo-workspace.ts`, so the printed keys work at once. The demo also holds the catalog's example
 * webhook subscription, so the examples that read and delete it by its id work as documented (docs/decisions.md).
 */
import { EXAMPLE, EXAMPLE_WEBHOOK, type Permission } from '@integration-pack/core/reevo/api';
import { DEMO_API_KEYS } from './domain';
import type { ReferenceRuntime } from './runtime/reference-runtime';
import type { Workspace, WorkspaceSeed } from './runtime/workspaces';

export interface SeededKey {
  name: string;
  key: string;
  permissions: readonly Permission[];
  expired: boolean;
  description: string;
}

export interface SeededWorkspace {
  workspace: Workspace;
  keys: SeededKey[];
}

/** When the expired demo key reports it expired; it stays expired whatever the clock is set to (`ApiKeyStore.expire`). */
const EXPIRED_AT = new Date('2000-01-01T00:00:00Z');

export function seedWorkspaceWithDemoKeys(runtime: ReferenceRuntime, seed: WorkspaceSeed): SeededWorkspace {
  const workspace = runtime.createWorkspace({ seed, name: seed === 'demo' ? 'Northwind (demo)' : 'Northwind (empty)' });
  const keys = DEMO_API_KEYS.map((demo) => {
    const { record } = runtime.createKey({ workspaceId: workspace.id, name: demo.name, permissions: demo.permissions, key: demo.key });
    if (demo.expired) runtime.keys.expire(record.id, EXPIRED_AT);
    return { ...demo };
  });
  if (seed === 'demo') workspace.state.webhooks.set(EXAMPLE_WEBHOOK.id, { ...EXAMPLE_WEBHOOK, secret: EXAMPLE.webhookSecret });
  return { workspace, keys };
}
