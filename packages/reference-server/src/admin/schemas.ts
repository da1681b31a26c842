/**
 * Request and response schemas of the admin API (docs/reevo-api.md §7). Request fields are snake_case like the public API;
 * the journal and the delivery log are answered in the shapes of the test helper (`testing-contract.ts`).
 */
import { ALL_PERMISSIONS, uuid, type Permission } from '@integration-pack/core/reevo/api';
import * as z from 'zod';
import { SERVED_API_NAMES } from '../api-names';
import { CLOCK_RANGE } from '../runtime/clock';
import { ADMIN_PAGE_SIZE } from '../runtime/limits';
import { RECORD_KINDS } from './record-kinds';

export type { RecordKind } from './record-kinds';

const isoTime = () => z.iso.datetime({ offset: true });
const permission = z.enum(ALL_PERMISSIONS as [Permission, ...Permission[]]);
const seed = z.enum(['demo', 'empty']);

export const CreateWorkspaceBody = z.strictObject({
  name: z.string().min(1).max(200).optional(),
  seed: seed.default('empty').describe('demo: the demo records; empty: only users, mailboxes, pipelines and sequences.'),
});

export const AdminWorkspace = z
  .object({ id: uuid(), name: z.string(), seed, created_at: isoTime(), quota: z.object({ limit: z.int(), window_seconds: z.int() }).nullable() })
  .meta({ id: 'AdminWorkspace', title: 'Workspace' });

export const CreateKeyBody = z.strictObject({
  workspace_id: uuid(),
  name: z.string().min(1).max(200),
  permissions: z.array(permission).describe('Permissions in machine form, e.g. contacts:write (write includes read).'),
  expires_at: isoTime().nullable().optional(),
});

export const AdminKey = z
  .object({ id: uuid(), name: z.string(), workspace_id: uuid(), permissions: z.array(permission), expires_at: isoTime().nullable() })
  .meta({ id: 'AdminKey', title: 'API Key' });

export const CreatedAdminKey = AdminKey.extend({ key: z.string().describe('The key to send in x-api-key; shown only in this answer.') }).meta({
  id: 'CreatedAdminKey',
  title: 'Created API Key',
});

export const KeyIdParams = z.strictObject({ id: uuid().describe("The API key's id (never the key itself).") });

export const QuotaBody = z.strictObject({
  workspace_id: uuid(),
  limit: z.int().min(1).nullable().describe('Requests allowed per window; null removes the quota.'),
  window_seconds: z.int().min(1).max(31_536_000).default(60),
});

export const ClockBody = z
  .strictObject({
    set: isoTime().optional().describe(`Jump to this time (the clock stays between ${CLOCK_RANGE.earliest} and ${CLOCK_RANGE.latest}).`),
    advance_seconds: z.number().min(0).optional().describe('Move forward by this many seconds.'),
    freeze: z.boolean().optional().describe('true stops the clock; false lets it run again.'),
  })
  .refine((body) => body.set !== undefined || body.advance_seconds !== undefined || body.freeze !== undefined, {
    message: 'Give at least one of set, advance_seconds or freeze.',
  });

export const ClockState = z.object({ now: isoTime(), frozen: z.boolean() }).meta({ id: 'AdminClock', title: 'Clock' });

export const FaultBody = z
  .strictObject({
    method: z.string().regex(/^(\*|[A-Za-z]+)$/).describe('HTTP method, or * for any.'),
    path: z.string().startsWith('/').max(2048).describe('The concrete path or the template, e.g. /api/v1/public/accounts/{account_id}; a placeholder is a whole path segment.'),
    status: z.int().min(400).max(599).optional().describe('Answer with this status instead of running the request.'),
    delay_ms: z.int().min(0).max(60_000).optional().describe('Wait this long before answering.'),
    times: z.int().min(1).optional().describe('Apply to this many requests; every one when omitted.'),
  })
  .refine((body) => body.status !== undefined || body.delay_ms !== undefined, { message: 'Give status, delay_ms or both.' });

export const FaultRule = z
  .object({
    id: z.string(),
    method: z.string(),
    path: z.string(),
    status: z.int().optional(),
    delayMs: z.int().optional(),
    times: z.int().optional(),
    hits: z.int(),
  })
  .meta({ id: 'AdminFaultRule', title: 'Fault Rule' });

export const WorkspaceFilter = z.object({ workspace_id: uuid().optional().describe("Only this workspace's; every workspace's when omitted.") });

const reeveUserId = () => z.string().regex(/^usr_[0-9a-f]{24}$/);

/** The delivery log also holds Reeve's deliveries, filed under the subscribing user's id (docs/webhooks.md). */
const DeliveryOwnerFilter = z.object({
  workspace_id: z.union([uuid(), reeveUserId()]).optional().describe("A workspace's id, or a Reeve user's (usr_…)."),
});

/** Which journal entries a page takes: every filter given must match (`runtime/journal.ts`). */
const JournalFilterQuery = WorkspaceFilter.extend({
  api: z.enum(SERVED_API_NAMES).optional().describe('The API that answered: reevo or reeve (its inbound provider webhooks included).'),
  owner: z.union([uuid(), reeveUserId()]).optional().describe("Whom the request acted for: a workspace's id, or a Reeve user's (usr_…)."),
  credential: z.string().min(1).max(200).optional().describe("Part of the credential column, any case: a key's name, or a Reeve session's masked tail (e.g. ****1a2b)."),
  status: z
    .string()
    .regex(/^([1-5]\d\d|[1-5]xx)$/i, 'Give a status (404) or a class of statuses (4xx).')
    .optional()
    .describe('A status (e.g. 404) or a class (e.g. 4xx).'),
  path: z.string().min(1).max(2048).optional().describe('Part of the path, e.g. /accounts.'),
});

/** An admin page's `limit`: the same bounds for every paged admin listing. */
function pageLimit(entries: string, more = '') {
  return z.coerce
    .number()
    .int()
    .min(1)
    .max(ADMIN_PAGE_SIZE.max)
    .default(ADMIN_PAGE_SIZE.default)
    .describe(`${entries} in the page: ${ADMIN_PAGE_SIZE.default} unless given, at most ${ADMIN_PAGE_SIZE.max}.${more}`);
}

/** The paging of a log whose ids are `<prefix>_<sequence>` (`runtime/paging.ts`). */
const pageFields = (idPrefix: 'req' | 'dlv') => ({
  limit: pageLimit('Entries', ' A page shorter than this is the last.'),
  order: z.enum(['oldest', 'newest']).default('oldest').describe('oldest: oldest first (the default); newest: newest first.'),
  cursor: z
    .string()
    .regex(new RegExp(`^${idPrefix}_\\d+$`))
    .optional()
    .describe(`The id of the previous page's last entry (e.g. ${idPrefix}_000100): the page continues after it, in the same order.`),
});

/** A page of the delivery log (`dlv_…` ids), for one owner or all. */
export const LogPageQuery = (idPrefix: 'dlv') => DeliveryOwnerFilter.extend(pageFields(idPrefix));

/** A page of the request journal, filtered. */
export const JournalPageQuery = JournalFilterQuery.extend(pageFields('req'));

const JournalBody = z
  .object({
    text: z.string().describe('The body as text, secrets (keys, tokens, client_secret, code, webhook secrets) masked to **** and at most their last 4 characters.'),
    length: z.int().describe('Characters in the whole body.'),
    truncated: z.boolean().describe('True when text is only the first journal_body_chars characters (4,096 by default).'),
  })
  .nullable();

export const JournalEntry = z
  .object({
    id: z.string(),
    at: isoTime(),
    api: z
      .string()
      .nullable()
      .describe("The API that answered the request: reevo or reeve (Reeve's inbound provider webhooks included); null for a path no API owns."),
    workspaceId: uuid().nullable().describe('The Reevo workspace; null for a Reeve request or one not authenticated.'),
    owner: z.string().nullable().describe("Whom the request acted for: a workspace's id or a Reeve user's (usr_…); null when not authenticated."),
    credential: z.string().nullable().describe("The credential, never itself: a Reevo key's name, or a Reeve session masked to its last 4 characters."),
    method: z.string(),
    path: z.string(),
    query: z.record(z.string(), z.string()).describe('The query as sent, secrets masked.'),
    payloadType: z
      .string()
      .nullable()
      .describe("The payload_type a Reevo request sent, or null when it sent none; always null for another API's request (Reeve has no such parameter)."),
    operationId: z.string().nullable(),
    status: z.int(),
    durationMs: z.number().describe('Milliseconds from arrival to answer (real time).'),
    permissionCheck: z
      .object({ required: z.array(z.string()), missing: z.array(z.string()) })
      .nullable()
      .describe("The permission check's verdict: what the operation needed for this input, and what the key lacked (refused when any); null when none ran."),
    requestBody: JournalBody,
    responseBody: JournalBody,
    keyName: z.string().nullable().describe("The Reevo key's name (credential, where the caller is a workspace)."),
  })
  .meta({ id: 'AdminJournalEntry', title: 'Journal Entry' });


export const Delivery = z
  .object({
    id: z.string(),
    workspaceId: z.string(),
    subscriptionId: z.string(),
    eventId: z.string(),
    eventType: z.string().describe("One of the event types of the API that emitted it (Reevo's or Reeve's)."),
    url: z.string(),
    state: z.enum(['pending', 'delivered', 'failed']),
    attempts: z.array(
      z.object({
        number: z.int(),
        at: z.string(),
        status: z.int().nullable(),
        error: z.string().nullable(),
        durationMs: z.number(),
        requestHeaders: z.record(z.string(), z.string()).describe('The headers sent, signature included (never the secret).'),
      }),
    ),
    nextAttemptAt: z.string().nullable(),
    payload: z.unknown(),
    failureReason: z.string().nullable(),
    redeliveryOf: z.string().nullable(),
  })
  .meta({ id: 'AdminWebhookDelivery', title: 'Webhook Delivery' });

export const DeliveryIdParams = z.strictObject({ id: z.string().min(1).describe("The delivery's id (dlv_…).") });

export const Health = z
  .object({
    status: z.literal('ok'),
    name: z.string(),
    version: z.string(),
    started_at: isoTime(),
    clock: ClockState,
    workspaces: z.int(),
  })
  .meta({ id: 'AdminHealth', title: 'Health' });

export const DemoGuide = z
  .object({
    baseUrl: z.string().describe('This server, as the request addressed it.'),
    reevo: z.object({
      workspace: z.object({ id: uuid(), name: z.string(), seed }),
      header: z.string(),
      keys: z.array(z.object({ name: z.string(), key: z.string(), access: z.string() })),
      openapiUrl: z.string(),
    }),
    reeve: z
      .object({
        brand: z.object({ id: z.string(), name: z.string() }),
        users: z.array(z.object({ name: z.string(), email: z.string(), sessionToken: z.string() })),
        example: z.string(),
        openapiUrl: z.string(),
      })
      .nullable(),
    tools: z.array(z.object({ tool: z.string(), how: z.string() })),
    adminUrl: z.string(),
  })
  .meta({ id: 'AdminDemoGuide', title: 'Demo Guide' });

export const AdminDetail = z.object({ detail: z.unknown() });

export const PermissionRows = z
  .array(z.object({ permission, label: z.string().describe("The words of Reevo's settings page, e.g. Contacts Write.") }))
  .meta({ id: 'AdminPermissions', title: 'Permission Table' });


export const RecordsParams = z.strictObject({ id: uuid().describe("The workspace's id (GET /__admin/workspaces lists them)."), kind: z.enum(RECORD_KINDS).describe('The kind of record.') });

export const RecordsQuery = z.strictObject({
  limit: pageLimit('Records'),
  cursor: z.string().min(1).max(200).optional().describe("The previous page's next_cursor: the page continues after that record."),
});

export const RecordsPage = z
  .object({
    total: z.int().describe('Records of this kind in the workspace.'),
    records: z.array(z.unknown()).describe('As stored: the API shape for CRM records; pipelines and sequences in the shape of the seed data.'),
    next_cursor: z.string().nullable().describe('Pass as cursor for the next page; null on the last page.'),
  })
  .meta({ id: 'AdminRecordsPage', title: 'Records Page' });

export const AdminSubscription = z
  .object({
    id: uuid(),
    workspace_id: uuid(),
    url: z.string(),
    events: z.array(z.string()),
    description: z.string().nullable(),
    status: z.enum(['active', 'disabled']),
    created_at: isoTime(),
  })
  .meta({ id: 'AdminWebhookSubscription', title: 'Webhook Subscription (Reevo)' });
export const AdminSubscriptions = z.array(AdminSubscription);
