/**
 * The records one workspace holds. CRM records are kept in their API shape (the catalog's objects), so a
 * handler returns what it stores; the workspace's configuration (pipelines, sequences) has no API object and is
 * typed here. Records are replaced, never mutated in place, so an emitted event or a returned body never changes
 * after the fact.
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
} from '@reevo/client/catalog';

export type StageKind = 'open' | 'closed_won' | 'closed_lost';

export interface PipelineStage {
  name: string;
  kind: StageKind;
}

export interface Pipeline {
  name: string;
  /** Opportunities created without a pipeline name go to the default one; a workspace has exactly one. */
  is_default: boolean;
  /** In pipeline order; the first stage is where new opportunities start. */
  stages: PipelineStage[];
  /** Reasons offered when an opportunity moves to a closed-won stage. */
  won_reasons: string[];
  /** Reasons offered when an opportunity moves to a closed-lost stage. */
  lost_reasons: string[];
}

export interface Sequence {
  id: string;
  name: string;
}

/** A subscription as stored: the API object plus the secret that only the create answer shows. */
export type StoredWebhookSubscription = WebhookSubscription & { secret: string };

/** The data a workspace starts from (see `fixtures/demo-workspace.ts`). */
export interface WorkspaceSeedData {
  users: User[];
  mailboxes: Mailbox[];
  pipelines: Pipeline[];
  sequences: Sequence[];
  accounts: Account[];
  contacts: Contact[];
  opportunities: Opportunity[];
}

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
