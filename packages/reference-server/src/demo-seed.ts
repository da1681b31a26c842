/**
 * The workspace `npm start` serves: the demo records (or none, with `--seed empty`) and the documented demo keys
 * from `fixtures/demo-workspace.ts`, so the printed keys work at once.
 */
import type { Permission } from '@reevo/client/catalog';
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

/** Long past, so the expired demo key stays expired whatever the clock is set to in a session. */
const EXPIRED_AT = '2000-01-01T00:00:00Z';

export function seedWorkspaceWithDemoKeys(runtime: ReferenceRuntime, seed: WorkspaceSeed): SeededWorkspace {
  const workspace = runtime.createWorkspace({ seed, name: seed === 'demo' ? 'Northwind (demo)' : 'Northwind (empty)' });
  const keys = DEMO_API_KEYS.map((demo) => {
    runtime.createKey({ workspaceId: workspace.id, name: demo.name, permissions: demo.permissions, expiresAt: demo.expired ? EXPIRED_AT : null, key: demo.key });
    return { ...demo };
  });
  return { workspace, keys };
}
