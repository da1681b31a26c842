/**
 * Workspaces isolate tenants: each has its own records, id sequence and quota, and every API key belongs to one.
 */
import { createWorkspaceState, restoreWorkspaceState, snapshotWorkspaceState, type WorkspaceSeed, type WorkspaceSnapshot } from '../domain/state';
import type { WorkspaceState } from '../domain/model';
import { SeededIdGenerator, type IdGeneratorState } from './ids';
import { QuotaMeter, type QuotaSetting } from './quota';

export type { WorkspaceSeed };

export interface Workspace {
  id: string;
  name: string;
  seed: WorkspaceSeed;
  createdAt: string;
  state: WorkspaceState;
  /** This workspace's own id sequence, so its ids do not depend on what other workspaces do. */
  ids: SeededIdGenerator;
  quota: QuotaMeter | null;
}

export interface WorkspaceSnapshotRecord {
  id: string;
  name: string;
  seed: WorkspaceSeed;
  createdAt: string;
  state: WorkspaceSnapshot;
  ids: IdGeneratorState;
  quota: QuotaSetting | null;
}

export function newWorkspace(fields: { id: string; name: string; seed: WorkspaceSeed; createdAt: string; idSeed: string }): Workspace {
  return {
    id: fields.id,
    name: fields.name,
    seed: fields.seed,
    createdAt: fields.createdAt,
    state: createWorkspaceState(fields.seed),
    ids: new SeededIdGenerator(fields.idSeed),
    quota: null,
  };
}

export function snapshotWorkspace(workspace: Workspace): WorkspaceSnapshotRecord {
  return {
    id: workspace.id,
    name: workspace.name,
    seed: workspace.seed,
    createdAt: workspace.createdAt,
    state: snapshotWorkspaceState(workspace.state),
    ids: workspace.ids.state(),
    quota: workspace.quota ? { ...workspace.quota.setting } : null,
  };
}

export function restoreWorkspace(record: WorkspaceSnapshotRecord): Workspace {
  const state = createWorkspaceState('empty');
  restoreWorkspaceState(state, record.state);
  return {
    id: record.id,
    name: record.name,
    seed: record.seed,
    createdAt: record.createdAt,
    state,
    ids: SeededIdGenerator.fromState(record.ids),
    quota: record.quota ? new QuotaMeter(record.quota) : null,
  };
}
