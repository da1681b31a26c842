import * as z from 'zod';
import { EXAMPLE } from './examples';
import { createdAt, field, timestamp, uuid } from './common';
import { defineOperation, type KnownOutput } from './operation';

export const ACTIVITY_CATEGORIES = ['TEXT', 'LINKEDIN', 'SOCIAL_MEDIA', 'EVENT', 'CONFERENCE', 'WEBINAR', 'CALL', 'OTHER'] as const;

const ActivityMetadata = z.looseObject({
  activity_time: field(timestamp(), { title: 'Activity Time', description: 'When the touch happened.' }),
  subject: field(z.string(), { title: 'Subject', description: 'A one-line summary.' }),
  description: field(z.string(), { title: 'Description', description: 'What happened.' }),
  category: field(z.enum(ACTIVITY_CATEGORIES), { title: 'Category', description: 'The channel of the touch.' }),
});

export const Activity = z
  .looseObject({
    id: field(uuid(), { title: 'Activity ID', description: 'The UUID of the activity.' }),
    metadata: field(ActivityMetadata, { title: 'Details', description: 'When, what and through which channel.' }),
    account_id: field(uuid().nullable(), { title: 'Account ID', description: 'The account the touch was with.', ref: 'account' }),
    contact_ids: field(z.array(uuid()), { title: 'Contact IDs', description: 'The contacts the touch was with.', ref: 'contact' }),
    pipeline_id: field(uuid().nullable(), { title: 'Opportunity ID', description: "The opportunity's ID (Reevo calls this field pipeline_id).", ref: 'opportunity' }),
    sequence_id: field(uuid().nullable(), { title: 'Sequence ID', description: 'The sequence the touch belongs to.', ref: 'sequence' }),
    created_at: createdAt(),
  })
  .meta({ id: 'Activity', title: 'Activity', description: 'A touch logged by hand: a text, a call, an event, a social message.' });
// @generated:start Activity: the type of the schema above, written by `npm run generate -w @reevo/client`
/** A touch logged by hand: a text, a call, an event, a social message. */
export type Activity = {
  /** The UUID of the activity. */
  id: KnownOutput<typeof Activity>['id'];
  /** When, what and through which channel. */
  metadata: {
    /** When the touch happened. */
    activity_time: KnownOutput<typeof Activity>['metadata']['activity_time'];
    /** A one-line summary. */
    subject: KnownOutput<typeof Activity>['metadata']['subject'];
    /** What happened. */
    description: KnownOutput<typeof Activity>['metadata']['description'];
    /** The channel of the touch. */
    category: KnownOutput<typeof Activity>['metadata']['category'];
  };
  /** The account the touch was with. */
  account_id: KnownOutput<typeof Activity>['account_id'];
  /** The contacts the touch was with. */
  contact_ids: KnownOutput<typeof Activity>['contact_ids'];
  /** The opportunity's ID (Reevo calls this field pipeline_id). */
  pipeline_id: KnownOutput<typeof Activity>['pipeline_id'];
  /** The sequence the touch belongs to. */
  sequence_id: KnownOutput<typeof Activity>['sequence_id'];
  /** When the record was created. */
  created_at: KnownOutput<typeof Activity>['created_at'];
};
// @generated:end Activity

export const EXAMPLE_ACTIVITY: Activity = {
  id: EXAMPLE.activityId,
  metadata: { activity_time: '2026-11-22T15:30:00Z', subject: 'Texted Jane', description: 'Confirmed the demo for Tuesday.', category: 'TEXT' },
  account_id: EXAMPLE.accountId,
  contact_ids: [EXAMPLE.contactId],
  pipeline_id: null,
  sequence_id: null,
  created_at: EXAMPLE.createdAt,
};

export const logManualActivity = defineOperation({
  operationId: 'logManualActivity',
  tag: 'Activities',
  method: 'POST',
  path: '/api/v1/public/manual_activities',
  permissions: ['activities:write'],
  summary: 'Log Activity',
  description:
    'Logs a touch that happened outside Reevo (an SMS, a LinkedIn message, a call, an event) against an account, contacts, an opportunity or a sequence.',
  source: 'R',
  body: z.strictObject({
    metadata: field(
      z.strictObject({
        activity_time: field(timestamp(), { title: 'Activity Time', description: 'When the touch happened (ISO 8601).', example: '2026-11-22T15:30:00Z' }),
        subject: field(z.string().min(1), { title: 'Subject', description: 'A one-line summary.', example: 'Texted Jane' }),
        description: field(z.string(), { title: 'Description', description: 'What happened.', example: 'Confirmed the demo for Tuesday.' }),
        category: field(z.enum(ACTIVITY_CATEGORIES).default('OTHER'), { title: 'Category', description: 'The channel of the touch (default OTHER).', example: 'TEXT', source: 'T' }),
      }),
      { title: 'Details', description: 'When, what and through which channel.' },
    ),
    account_id: field(uuid(), { title: 'Account ID', description: 'An existing account the touch was with.', example: EXAMPLE.accountId, ref: 'account' }).optional(),
    contact_ids: field(z.array(uuid()), { title: 'Contact IDs', description: 'Existing contacts the touch was with.', example: [EXAMPLE.contactId], ref: 'contact' }).optional(),
    pipeline_id: field(uuid(), { title: 'Opportunity ID', description: "An existing opportunity's ID (Reevo names this field pipeline_id).", example: EXAMPLE.opportunityId, ref: 'opportunity', source: 'T' }).optional(),
    sequence_id: field(uuid(), { title: 'Sequence ID', description: 'An existing sequence the touch belongs to.', example: EXAMPLE.sequenceId, ref: 'sequence' }).optional(),
  }),
  response: Activity,
  successStatus: 200,
  emits: ['activity.created'],
  safeToRetry: false,
  examples: [
    {
      name: 'text',
      summary: 'Log a text message to Jane',
      request: {
        body: {
          metadata: { activity_time: '2026-11-22T15:30:00Z', subject: 'Texted Jane', description: 'Confirmed the demo for Tuesday.', category: 'TEXT' },
          account_id: EXAMPLE.accountId,
          contact_ids: [EXAMPLE.contactId],
        },
      },
      response: { status: 200, body: EXAMPLE_ACTIVITY },
    },
  ],
});

export const activityOperations = { log: logManualActivity };
