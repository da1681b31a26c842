/**
 * Creating, snapshotting and restoring one workspace's state. Seeds are fixed data (`fixtures/`): their ids and
 * timestamps never depend on the clock, so docs examples hold in every demo workspace.
 */
import { DEMO_WORKSPACE } from '../../../../fixtures/demo-workspace';
import type { WorkspaceSeedData, WorkspaceState } from './model';

export type WorkspaceSeed = 'demo' | 'empty';

/** The empty seed keeps the workspace's setup (users, mailboxes, pipelines, sequences) so tests can still create records. */
const SEEDS: Record<WorkspaceSeed, WorkspaceSeedData> = {
  demo: DEMO_WORKSPACE,
  empty: { ...DEMO_WORKSPACE, accounts: [], contacts: [], opportunities: [] },
};

function byId<T extends { id: string }>(records: readonly T[]): Map<string, T> {
  return new Map(records.map((record) => [record.id, record]));
}

export function createWorkspaceState(seed: WorkspaceSeed): WorkspaceState {
  // Cloned, so no workspace can reach the shared fixture objects.
  const data = structuredClone(SEEDS[seed]);
  return {
    users: byId(data.users),
    mailboxes: byId(data.mailboxes),
    pipelines: new Map(data.pipelines.map((pipeline) => [pipeline.name, pipeline])),
    sequences: byId(data.sequences),
    accounts: byId(data.accounts),
    contacts: byId(data.contacts),
    opportunities: byId(data.opportunities),
    tasks: new Map(),
    activities: new Map(),
    enrollments: new Map(),
    webhooks: new Map(),
  };
}

/** An independent copy of the state, for `/__admin/reset` and test isolation. */
export type WorkspaceSnapshot = WorkspaceState;

export function snapshotWorkspaceState(state: WorkspaceState): WorkspaceSnapshot {
  return structuredClone(state);
}

/**
 * Puts a snapshot back into `state` in place, so whoever holds the state object (routes, the delivery worker)
 * sees the restored data. The snapshot stays reusable.
 */
export function restoreWorkspaceState(state: WorkspaceState, snapshot: WorkspaceSnapshot): void {
  Object.assign(state, structuredClone(snapshot));
}
