/**
 * The kinds of record the admin API lists per workspace (`GET /__admin/workspaces/{id}/records/{kind}`): every map of
 * `domain/model.ts` but the webhook subscriptions, whose secrets stay inside. Plain data with no import, so the
 * dashboard's bundle takes it as it is.
 */
export const RECORD_KINDS = ['accounts', 'contacts', 'opportunities', 'tasks', 'activities', 'enrollments', 'users', 'mailboxes', 'pipelines', 'sequences'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];
