import * as z from 'zod';
import { EXAMPLE } from './examples';
import { createdAt, email, field, nullableText, timestamp, updatedAt, uuid } from './common';
import { defineOperation, type KnownOutput } from './operation';

export const TASK_STATUSES = ['OPEN', 'IN_PROGRESS', 'BLOCKED', 'COMPLETED', 'CLOSED'] as const;
export const TASK_PRIORITIES = ['URGENT', 'HIGH', 'MEDIUM', 'LOW'] as const;
export const TASK_TYPES = [
  'ACTION_ITEM',
  'LINKEDIN_MESSAGE',
  'REMINDER',
  'SCHEDULING',
  'EMAIL',
  'VOICE_CALL',
  'LINKEDIN_CONNECT_REQUEST',
  'SMS_MESSAGE',
  'CUSTOM_TASK',
] as const;

export const Task = z
  .looseObject({
    id: field(uuid(), { title: 'Task ID', description: 'The UUID of the task.' }),
    title: field(z.string(), { title: 'Title', description: 'What needs doing.' }),
    owner_email: field(email(), { title: 'Owner Email', description: 'Email of the Reevo user the task is assigned to.', ref: 'user' }),
    status: field(z.enum(TASK_STATUSES), { title: 'Status', description: 'Where the task stands.' }),
    priority: field(z.enum(TASK_PRIORITIES), { title: 'Priority', description: 'How urgent the task is.' }),
    type: field(z.enum(TASK_TYPES), { title: 'Type', description: 'The kind of task.' }),
    due_at: field(timestamp().nullable(), { title: 'Due At', description: 'When the task is due.' }),
    note: nullableText('Note', 'Details for the assignee.'),
    account_id: field(uuid().nullable(), { title: 'Account ID', description: 'The account the task is about.', ref: 'account' }),
    contact_emails: field(z.array(email()), { title: 'Contact Emails', description: 'Emails of the contacts the task is about.', ref: 'contact' }),
    opportunity_id: field(uuid().nullable(), { title: 'Opportunity ID', description: 'The opportunity the task is about.', ref: 'opportunity' }),
    created_at: createdAt(),
    updated_at: updatedAt(),
  })
  .meta({ id: 'Task', title: 'Task', description: "A to-do in a Reevo user's task list." });
// @generated:start Task: the type of the schema above, written by `npm run generate -w @reevo/client`
/** A to-do in a Reevo user's task list. */
export type Task = {
  /** The UUID of the task. */
  id: KnownOutput<typeof Task>['id'];
  /** What needs doing. */
  title: KnownOutput<typeof Task>['title'];
  /** Email of the Reevo user the task is assigned to. */
  owner_email: KnownOutput<typeof Task>['owner_email'];
  /** Where the task stands. */
  status: KnownOutput<typeof Task>['status'];
  /** How urgent the task is. */
  priority: KnownOutput<typeof Task>['priority'];
  /** The kind of task. */
  type: KnownOutput<typeof Task>['type'];
  /** When the task is due. */
  due_at: KnownOutput<typeof Task>['due_at'];
  /** Details for the assignee. */
  note: KnownOutput<typeof Task>['note'];
  /** The account the task is about. */
  account_id: KnownOutput<typeof Task>['account_id'];
  /** Emails of the contacts the task is about. */
  contact_emails: KnownOutput<typeof Task>['contact_emails'];
  /** The opportunity the task is about. */
  opportunity_id: KnownOutput<typeof Task>['opportunity_id'];
  /** When the record was created. */
  created_at: KnownOutput<typeof Task>['created_at'];
  /** When the record last changed. */
  updated_at: KnownOutput<typeof Task>['updated_at'];
};
// @generated:end Task

export const EXAMPLE_TASK: Task = {
  id: EXAMPLE.taskId,
  title: 'Create Task API Test',
  owner_email: EXAMPLE.ownerEmail,
  status: 'OPEN',
  priority: 'MEDIUM',
  type: 'REMINDER',
  due_at: null,
  note: null,
  account_id: null,
  contact_emails: [],
  opportunity_id: null,
  created_at: EXAMPLE.createdAt,
  updated_at: EXAMPLE.createdAt,
};

export const createTask = defineOperation({
  operationId: 'createTask',
  tag: 'Tasks',
  method: 'POST',
  path: '/api/v1/public/tasks',
  permissions: ['tasks:write'],
  summary: 'Create Task',
  description: "Creates a task for a Reevo user, optionally tied to an account, contacts or an opportunity. It appears in the user's task list.",
  source: 'R',
  body: z.strictObject({
    title: field(z.string().min(1), { title: 'Title', description: 'What needs doing.', example: 'Call Jane about the proposal' }),
    owner_email: field(email(), { title: 'Assignee Email', description: 'Email of the Reevo user the task is for. It must belong to a user of your workspace.', example: EXAMPLE.ownerEmail, ref: 'user' }),
    status: field(z.enum(TASK_STATUSES).default('OPEN'), { title: 'Status', description: 'Where the task stands (default OPEN).', example: 'OPEN', source: 'T' }),
    priority: field(z.enum(TASK_PRIORITIES).default('MEDIUM'), { title: 'Priority', description: 'How urgent the task is (default MEDIUM).', example: 'HIGH', source: 'T' }),
    type: field(z.enum(TASK_TYPES).default('REMINDER'), { title: 'Type', description: 'The kind of task (default REMINDER).', example: 'REMINDER', source: 'T' }),
    due_at: field(timestamp(), { title: 'Due At', description: 'When the task is due (ISO 8601).', example: '2026-11-30T17:00:00Z' }).optional(),
    note: field(z.string(), { title: 'Note', description: 'Details for the assignee.', example: 'She asked for the security review first.' }).optional(),
    account_id: field(uuid(), { title: 'Account ID', description: 'An existing account the task is about.', example: EXAMPLE.accountId, ref: 'account' }).optional(),
    contact_emails: field(z.array(email()), { title: 'Contact Emails', description: 'Emails of existing contacts the task is about.', example: [EXAMPLE.contactEmail], ref: 'contact' }).optional(),
    opportunity_name: field(z.string().min(1), { title: 'Opportunity Name', description: 'The exact name of an existing opportunity the task is about.', example: 'Acme - Annual Plan', ref: 'opportunity' }).optional(),
  }),
  response: Task,
  successStatus: 200,
  emits: ['task.created'],
  safeToRetry: false,
  examples: [
    {
      name: 'reminder',
      summary: "The page's own example: a reminder for a user",
      request: { body: { title: 'Create Task API Test', owner_email: EXAMPLE.ownerEmail, type: 'REMINDER' } },
      response: { status: 200, body: EXAMPLE_TASK },
    },
  ],
});

export const taskOperations = { create: createTask };
