/** The domain of the reference server: one workspace's state, the handlers of the 22 operations, and the seam types. */
export * from './contract';
export * from './model';
export { createWorkspaceState, restoreWorkspaceState, snapshotWorkspaceState, type WorkspaceSeed, type WorkspaceSnapshot } from './state';
export { handlers, type OperationId, type WorkspaceHandler } from './handlers';
export { activeSubscriptionsFor, disableSubscription } from './rules/webhook-subscriptions';
export { DEMO_API_KEYS, DEMO_WORKSPACE, type DemoApiKey } from '../../../../fixtures/demo-workspace';
