/**
 * The records one workspace holds. CRM records are kept in their API shape (the catalog's objects), so a
 * handler returns what it stores; the workspace's configuration (pipelines, sequences) has the shape of the seed
 * data (`fixtures/seed-data.ts`, where the fixtures define it without importing the server). Records are replaced,
 * never mutated in place, so an emitted event or a returned body never changes after the fact.
 */
import type {
  Account,
  Activity,
  Contact,
  Mailbox,
  Opportunity,
  SequenceEnrollment,
  Task,
  User,
  WebhookSubscription,
} from '@integration-pack/core/reevo/api';
import type { Pipeline, Sequence } from '../../../../fixtures/seed-data';

export type { Pipeline, PipelineStage, Sequence, StageKind, WorkspaceSeedData } from '../../../../fixtures/seed-data';

/** A subscription as stored: the API object plus the secret that only the create answer shows. */
export type StoredWebhookSubscription = WebhookSubscription & { secret: string };

/** Everything one workspace holds. Plain Maps keyed by id (insertion ordered), so `structuredClone` snapshots it. */
export interface WorkspaceState {
  users: Map<string, User>;
  mailboxes: Map<string, Mailbox>;
  /** Keyed by name, the only way the API names a pipeline. */
  pipelines: Map<string, Pipeline>;
  sequences: Map<string, Sequence>;
  accounts: Map<string, Account>;
  contacts: Map<string, Contact>;
  opportunities: Map<string, Opportunity>;
  tasks: Map<string, Task>;
  activities: Map<string, Activity>;
  enrollments: Map<string, SequenceEnrollment>;
  webhooks: Map<string, StoredWebhookSubscription>;
}
